package io.trace62304.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.ingest.ReportReader;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an in-process scan's report joins the Dependency-Check reports exactly as a report file's does, and a
 * scan that cannot decide is an input with its problem, as an unreadable file is (the gate then cannot decide).
 */
class InProcessScanTest {
    private static final Path BASE = Path.of("").toAbsolutePath();

    private record FixedScan(String describe, DependencyCheckReport report, ReportException problem)
            implements InProcessScan {
        @Override
        public DependencyCheckReport run() throws ReportException {
            if (problem != null) {
                throw problem;
            }
            return report;
        }
    }

    @Test
    void aScansReportIsEvidenceLikeTheSameReportReadFromAFile() throws ReportException {
        Path file = Fixtures.of("dependency-check.json");
        DependencyCheckReport scanned = new DependencyCheckJsonParser().parse(file);
        List<String> progress = new ArrayList<>();
        EvidenceCollector collector = new EvidenceCollector(new ReportReader(), BASE, progress::add);

        Evidence fromScan =
                collector.collect(BuildInfo.unnamed(), Map.of(), List.of(new FixedScan("scan of lib/", scanned, null)));
        Evidence fromFile =
                collector.collect(BuildInfo.unnamed(), Map.of(ReportFormat.DEPENDENCY_CHECK, List.of(file.toString())));

        assertThat(fromScan.scans()).containsExactly(scanned);
        assertThat(fromScan.scans().get(0).dependencies())
                .isEqualTo(fromFile.scans().get(0).dependencies());
        assertThat(fromScan.inputs()).containsExactly(new InputFile("scan of lib/", "dependency-check", "", ""));
        assertThat(progress).contains("running scan of lib/");
    }

    @Test
    void aScanThatCannotDecideIsAnUnreadableInput() {
        ReportException problem = new ReportException(Path.of("/var/dc"), "no Dependency-Check database");

        Evidence evidence = new EvidenceCollector(new ReportReader(), BASE, m -> {})
                .collect(BuildInfo.unnamed(), Map.of(), List.of(new FixedScan("scan of lib/", null, problem)));

        assertThat(evidence.scans()).isEmpty();
        assertThat(evidence.inputs()).singleElement().satisfies(input -> {
            assertThat(input.isReadable()).isFalse();
            assertThat(input.problem()).isEqualTo("/var/dc: no Dependency-Check database");
        });
    }
}
