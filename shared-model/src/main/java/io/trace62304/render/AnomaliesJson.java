package io.trace62304.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.trace62304.anomaly.Anomaly;
import io.trace62304.anomaly.AnomalyKind;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code anomalies.json}: the unresolved anomaly list (5.8.2, 5.8.3) for machines (docs/outputs.md). */
public final class AnomaliesJson {
    static final String FORMAT = "trace62304-anomalies/1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(final AnomalyList list) {
        try {
            return mapper.writeValueAsString(document(list)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write anomalies.json: " + e.getMessage(), e);
        }
    }

    /** The same document, written to {@code out} as it is generated; the caller closes {@code out}. */
    public void write(final AnomalyList list, final Writer out) throws IOException {
        mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document(list));
        out.write("\n");
    }

    private Document document(final AnomalyList list) {
        return new Document(
                FORMAT,
                list.job(),
                list.buildId(),
                list.baselineDigest(),
                list.verdict(),
                list.policy(),
                list.itemSource(),
                list.belowMinimum(),
                new Counts(
                        list.anomalies().size(),
                        list.count(Evaluation.NOT_EVALUATED),
                        list.of(AnomalyKind.OPEN_PROBLEM_REPORT).size(),
                        list.of(AnomalyKind.CLOSED_WITHOUT_FIX).size(),
                        list.of(AnomalyKind.TEST_RESULT).size(),
                        list.of(AnomalyKind.VULNERABILITY).size()),
                list.anomalies().stream().map(Entry::of).toList());
    }

    /** The document's shape. */
    private record Document(
            String format,
            String job,
            String build,
            String baselineDigest,
            String verdict,
            String policy,
            String itemSource,
            List<String> belowMinimum,
            Counts counts,
            List<Entry> anomalies) {}

    private record Counts(
            long total,
            long notEvaluated,
            long openProblemReports,
            long closedWithoutFix,
            long testResults,
            long vulnerabilities) {}

    private record Entry(
            String kind,
            String clause,
            String id,
            String title,
            String status,
            String safetyClass,
            String level,
            String criticality,
            String riskEvaluation,
            String consequence,
            String workaround,
            String justification,
            String evaluation,
            List<String> recordedIn,
            List<String> concerns) {
        static Entry of(final Anomaly anomaly) {
            return new Entry(
                    anomaly.kind().name(),
                    anomaly.clause(),
                    anomaly.id(),
                    anomaly.title(),
                    anomaly.status(),
                    anomaly.safetyClass(),
                    anomaly.level(),
                    anomaly.criticality(),
                    anomaly.riskEvaluation(),
                    anomaly.consequence(),
                    anomaly.workaround(),
                    anomaly.justification(),
                    anomaly.evaluation().name(),
                    anomaly.recordedIn(),
                    anomaly.concerns());
        }
    }
}
