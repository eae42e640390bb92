package io.trace62304.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.coverage.CoverageReport;
import io.trace62304.depcheck.Dependency;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.TestCounts;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.sbom.Sbom;
import io.trace62304.sbom.SbomVulnerability;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The summary of one report that {@code trace62304 inspect --json} prints, one object per file. Its
 * fields are a documented interface (docs/cli.md): add fields, never rename or remove them.
 */
public final class ReportSummary {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_FAILURES = 50;

    private ReportSummary() {}

    /**
     * @param file  the file as the user named it
     * @param error why it could not be read
     * @return {@code {"file":…, "format":null, "error":…}}
     */
    public static ObjectNode ofError(final String file, final ReportException error) {
        ObjectNode node = JSON.objectNode();
        node.put("file", file);
        node.putNull("format");
        node.put("error", error.getMessage());
        return node;
    }

    /**
     * @param report a parsed report
     * @return its summary object
     */
    public static ObjectNode of(final Report report) {
        ObjectNode node = JSON.objectNode();
        node.put("file", report.file());
        node.put("format", report.format().id());
        node.putNull("error");
        if (report instanceof JUnitReport junit) {
            junit(node, junit.counts());
            failures(node, junit);
        } else if (report instanceof DependencyCheckReport scan) {
            dependencyCheck(node, scan);
        } else if (report instanceof Sbom sbom) {
            cyclonedx(node, sbom);
        } else if (report instanceof CoverageReport coverage) {
            jacoco(node, coverage);
        }
        return node;
    }

    private static void junit(final ObjectNode node, final TestCounts counts) {
        node.put("tests", counts.tests());
        node.put("passed", counts.passed());
        node.put("failed", counts.failed());
        node.put("errored", counts.errored());
        node.put("skipped", counts.skipped());
        node.put("flaky", counts.flaky());
    }

    /** The first {@value #MAX_FAILURES} failed or errored tests, so a person sees what broke. */
    private static void failures(final ObjectNode node, final JUnitReport junit) {
        ArrayNode failures = node.putArray("failures");
        junit.cases()
                .filter(test -> test.outcome() == TestOutcome.FAILED || test.outcome() == TestOutcome.ERRORED)
                .limit(MAX_FAILURES)
                .forEach(test -> failures.addObject()
                        .put("test", test.id())
                        .put("outcome", test.outcome().name().toLowerCase(Locale.ROOT))
                        .put(
                                "message",
                                firstLine(
                                        test.failure().message().isEmpty()
                                                ? test.failure().details()
                                                : test.failure().message())));
    }

    private static String firstLine(final String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static void dependencyCheck(final ObjectNode node, final DependencyCheckReport scan) {
        node.put("dependencies", scan.dependencies().size());
        node.put("vulnerabilities", scan.vulnerabilityCount());
        node.put("suppressed", scan.suppressedCount());
        node.put("complete", scan.isComplete());
        node.put("engineVersion", scan.engineVersion());
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Dependency dependency : scan.dependencies()) {
            dependency.vulnerabilities().forEach(v -> bySeverity.merge(v.severity(), 1L, Long::sum));
        }
        node.set("bySeverity", severities(bySeverity));
    }

    private static void cyclonedx(final ObjectNode node, final Sbom sbom) {
        node.put("specVersion", sbom.specVersion());
        node.put("components", sbom.components().size());
        node.put("vulnerabilities", sbom.vulnerabilities().size());
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (SbomVulnerability vulnerability : sbom.vulnerabilities()) {
            bySeverity.merge(vulnerability.severity(), 1L, Long::sum);
        }
        node.set("bySeverity", severities(bySeverity));
    }

    private static void jacoco(final ObjectNode node, final CoverageReport coverage) {
        ObjectNode counters = node.putObject("counters");
        for (Map.Entry<CounterType, Counter> entry : coverage.totals().ordered().entrySet()) {
            ObjectNode counter = counters.putObject(entry.getKey().name());
            counter.put("missed", entry.getValue().missed());
            counter.put("covered", entry.getValue().covered());
        }
    }

    private static ObjectNode severities(final Map<Severity, Long> bySeverity) {
        ObjectNode node = JSON.objectNode();
        bySeverity.forEach((severity, count) -> node.put(severity.name().toLowerCase(Locale.ROOT), count));
        return node;
    }
}
