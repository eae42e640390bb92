package io.trace62304.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.json.SecureJson;
import io.trace62304.monitor.AffectedReleases;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link MonitorJob} answers across machines ({@code trace62304-monitor-answer/1}): the status and exit code
 * as {@code monitor} gives them, the counts a CI server shows, the problems that kept it from deciding, and per
 * vulnerability of a released SOUP item what its problem report should say ({@link AffectedReleases}), for the
 * link-back the controller makes with its credentials.
 *
 * @param status    NOTHING_NEW, NEW_FINDINGS or ERROR
 * @param exitCode  0, 1 or 3
 * @param releases  released baselines checked
 * @param findings  findings someone has to act on, over all releases
 * @param problems  why it could not decide (the run's and the releases')
 * @param affected  the problem reports to open or update
 */
public record MonitorAnswer(
        String status,
        int exitCode,
        long releases,
        long findings,
        List<String> problems,
        List<AffectedReleases> affected) {
    static final String FORMAT = "trace62304-monitor-answer/1";

    public MonitorAnswer {
        Objects.requireNonNull(status);
        problems = List.copyOf(problems);
        affected = List.copyOf(affected);
    }

    static MonitorAnswer of(final MonitoringReport report) {
        List<String> problems = new ArrayList<>(report.problems());
        report.releases().forEach(r -> r.problems().forEach(p -> problems.add(r.file() + ": " + p)));
        return new MonitorAnswer(
                report.status(),
                report.exitCode(),
                report.releases().size(),
                report.releases().stream().mapToLong(r -> r.actionable().size()).sum(),
                problems,
                AffectedReleases.of(report));
    }

    public String toJson() {
        ObjectNode json = JsonNodeFactory.instance
                .objectNode()
                .put("format", FORMAT)
                .put("status", status)
                .put("exitCode", exitCode)
                .put("releases", releases)
                .put("findings", findings);
        problems.forEach(json.putArray("problems")::add);
        ArrayNode reports = json.putArray("affected");
        for (AffectedReleases a : affected) {
            ObjectNode report = reports.addObject()
                    .put("soupItem", a.soupItem())
                    .put("vulnerability", a.vulnerability())
                    .put("severity", a.severity())
                    .put("kevDateAdded", a.kevDateAdded());
            a.aliases().forEach(report.putArray("aliases")::add);
            a.components().forEach(report.putArray("components")::add);
            a.fixedVersions().forEach(report.putArray("fixedVersions")::add);
            a.releases().forEach(report.putArray("releases")::add);
            a.actions().forEach(report.putArray("actions")::add);
        }
        return json.toString();
    }

    /**
     * @throws ReportException if the text is not a monitor answer of this format
     */
    public static MonitorAnswer fromJson(final String text) throws ReportException {
        JsonNode json = SecureJson.read(text, "monitor answer", ReportLimits.DEFAULT);
        if (!FORMAT.equals(json.path("format").asText()) || !json.path("status").isTextual()) {
            throw new ReportException("monitor answer", 0, 0, "not a " + FORMAT + " document", null);
        }
        List<AffectedReleases> affected = new ArrayList<>();
        for (JsonNode a : json.path("affected")) {
            affected.add(new AffectedReleases(
                    a.path("soupItem").asText(),
                    a.path("vulnerability").asText(),
                    texts(a.path("aliases")),
                    texts(a.path("components")),
                    a.path("severity").asText(),
                    a.path("kevDateAdded").asText(),
                    texts(a.path("fixedVersions")),
                    texts(a.path("releases")),
                    texts(a.path("actions"))));
        }
        return new MonitorAnswer(
                json.path("status").asText(),
                json.path("exitCode").asInt(MonitoringReport.CANNOT_DECIDE),
                json.path("releases").asLong(),
                json.path("findings").asLong(),
                texts(json.path("problems")),
                affected);
    }

    private static List<String> texts(final JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(line -> texts.add(line.asText()));
        return texts;
    }
}
