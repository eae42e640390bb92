package io.trace62304.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import io.trace62304.gate.Level;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a gate run answers across machines, as JSON text ({@code trace62304-gate-answer/1}): the verdict, the
 * sealed baseline's digest and the counts a CI server shows and returns to its scripts.
 *
 * @param verdict  PASS, FAIL or ERROR
 * @param digest   the baseline's {@code sha256:} digest
 * @param errors   findings of level ERROR (the gate could not check something)
 * @param failures findings of level FAIL
 * @param warnings findings of level WARNING
 * @param items    62304 items in scope
 * @param tests    test cases read
 * @param soup     SOUP entries reconciled
 * @param belowMinimum one line per rule the policy sets below the IEC 62304 A1:2015 Table A.1 floor, as every
 *     output shows it ("policy below the IEC 62304 A1:2015 minimum for Class A: requirements-verified disabled");
 *     an answer written before the field existed reads as none
 * @param anomalies    known residual anomalies of the release (the unresolved anomaly list, 5.8.2)
 * @param anomaliesNotEvaluated those of them without a recorded risk evaluation (5.8.3)
 */
public record GateAnswer(
        String verdict,
        String digest,
        long errors,
        long failures,
        long warnings,
        long items,
        long tests,
        long soup,
        List<String> belowMinimum,
        long anomalies,
        long anomaliesNotEvaluated) {
    static final String FORMAT = "trace62304-gate-answer/1";

    public GateAnswer {
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(digest);
        belowMinimum = List.copyOf(belowMinimum);
    }

    static GateAnswer of(final ReleaseOutcome outcome) {
        AnomalyList anomalies = AnomalyCollector.collect(outcome.baseline(), outcome.gate());
        return new GateAnswer(
                outcome.gate().verdict().name(),
                outcome.baseline().digest(),
                outcome.gate().count(Level.ERROR),
                outcome.gate().count(Level.FAIL),
                outcome.gate().count(Level.WARNING),
                outcome.baseline().baseline().items().size(),
                outcome.baseline().baseline().tests().total(),
                outcome.baseline().baseline().soup().size(),
                outcome.gate().belowMinimumLines(),
                anomalies.anomalies().size(),
                anomalies.count(Evaluation.NOT_EVALUATED));
    }

    public String toJson() {
        ObjectNode json = JsonNodeFactory.instance
                .objectNode()
                .put("format", FORMAT)
                .put("verdict", verdict)
                .put("digest", digest)
                .put("errors", errors)
                .put("failures", failures)
                .put("warnings", warnings)
                .put("items", items)
                .put("tests", tests)
                .put("soup", soup);
        belowMinimum.forEach(json.putArray("belowMinimum")::add);
        json.put("anomalies", anomalies).put("anomaliesNotEvaluated", anomaliesNotEvaluated);
        return json.toString();
    }

    /**
     * @throws ReportException if the text is not a gate answer of this format
     */
    public static GateAnswer fromJson(final String text) throws ReportException {
        JsonNode json = SecureJson.read(text, "gate answer", ReportLimits.DEFAULT);
        if (!FORMAT.equals(json.path("format").asText())
                || !json.path("verdict").isTextual()) {
            throw new ReportException("gate answer", 0, 0, "not a " + FORMAT + " document", null);
        }
        return new GateAnswer(
                json.path("verdict").asText(),
                json.path("digest").asText(),
                json.path("errors").asLong(),
                json.path("failures").asLong(),
                json.path("warnings").asLong(),
                json.path("items").asLong(),
                json.path("tests").asLong(),
                json.path("soup").asLong(),
                texts(json.path("belowMinimum")),
                json.path("anomalies").asLong(),
                json.path("anomaliesNotEvaluated").asLong());
    }

    private static List<String> texts(final JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(line -> texts.add(line.asText()));
        return texts;
    }
}
