package io.trace62304.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.trace62304.monitor.MonitoringReport;
import java.util.List;

/** {@code monitoring.json}: the monitoring run for machines (docs/outputs.md); fields are only ever added. */
public final class MonitoringJson {
    private static final String FORMAT = "trace62304-monitoring/1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(final MonitoringReport report) {
        List<Release> releases = report.releases().stream()
                .map(r -> new Release(
                        r.file(),
                        r.release(),
                        r.digest(),
                        r.status(),
                        r.actionable().size(),
                        r.problems(),
                        r.findings()))
                .toList();
        Document document = new Document(
                FORMAT,
                report.status(),
                report.exitCode(),
                report.checkedAt(),
                report.sources(),
                report.problems(),
                releases);
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write monitoring.json: " + e.getMessage(), e);
        }
    }

    /** The document's shape. */
    private record Document(
            String format,
            String status,
            int exitCode,
            String checkedAt,
            List<String> sources,
            List<String> problems,
            List<Release> releases) {}

    private record Release(
            String baseline,
            String release,
            String digest,
            String status,
            int newFindings,
            List<String> problems,
            List<io.trace62304.monitor.MonitorFinding> findings) {}
}
