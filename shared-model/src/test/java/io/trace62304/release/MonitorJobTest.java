package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.monitor.AffectedReleases;
import io.trace62304.report.ReportException;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor as a CI server splits it: the job crosses as text, runs in the workspace, answers as text. */
class MonitorJobTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @Test
    void shouldRunInTheWorkspaceAndAnswerWhatTheProblemReportsShouldSay() throws IOException, ReportException {
        Files.createDirectories(workspace.resolve("releases/1.4.0"));
        Files.copy(Fixtures.of("baseline-v1-infusion-pump.json"), workspace.resolve("releases/1.4.0/baseline.json"));
        MonitorJob job = new MonitorJob(
                List.of("releases"),
                List.of("osv"),
                "",
                List.of(),
                "",
                null,
                "",
                workspace.resolve("out").toString());
        Files.createDirectories(workspace.resolve("osv"));
        Files.copy(
                Fixtures.of("vuln/osv/maven/GHSA-j288-q9x7-2f5v.json"),
                workspace.resolve("osv/GHSA-j288-q9x7-2f5v.json"));

        MonitorAnswer answer =
                MonitorAnswer.fromJson(MonitorJob.fromJson(job.toJson()).run(workspace, CLOCK));

        assertThat(answer.status()).isEqualTo("NEW_FINDINGS");
        assertThat(answer.exitCode()).isEqualTo(1);
        assertThat(answer.releases()).isEqualTo(1);
        assertThat(answer.findings()).isEqualTo(1);
        assertThat(answer.affected()).singleElement().satisfies(a -> {
            assertThat(a.soupItem()).isEqualTo("PUMP-41");
            assertThat(a.vulnerability()).isEqualTo("CVE-2025-48924");
            assertThat(a.releases()).containsExactly("infusion-pump #42");
            assertThat(a.fixedVersions()).containsExactly("3.18.0");
        });
        AffectedReleases direct = answer.affected().get(0);
        assertThat(MonitorAnswer.fromJson(answer.toJson()).affected()).containsExactly(direct);
        assertThat(workspace.resolve("out/monitoring.json")).content().contains("CVE-2025-48924");
        assertThat(workspace.resolve("out/monitoring.html")).exists();
        assertThat(workspace.resolve("out/monitoring-junit.xml")).exists();
    }

    @Test
    void shouldAnswerCannotDecideForAnUnreadableSourceAndRefuseAMissingBaseline() throws IOException, ReportException {
        Files.createDirectories(workspace.resolve("releases"));
        Files.copy(Fixtures.of("baseline-v1-infusion-pump.json"), workspace.resolve("releases/baseline.json"));
        Files.writeString(workspace.resolve("broken.json"), "{\"id\": ");
        MonitorJob job =
                new MonitorJob(List.of("releases"), List.of("broken.json"), "", List.of(), "", null, "", "out");
        MonitorJob noBaseline =
                new MonitorJob(List.of("releases/none"), List.of("broken.json"), "", List.of(), "", null, "", "out");

        MonitorAnswer answer = MonitorAnswer.fromJson(job.run(workspace, CLOCK));

        assertThat(answer.exitCode()).isEqualTo(3);
        assertThat(answer.status()).isEqualTo("ERROR");
        assertThat(answer.problems()).singleElement().asString().contains("broken.json");
        assertThat(answer.affected()).isEmpty();
        assertThat(workspace.resolve("out/monitoring-junit.xml")).content().contains("cannot decide");
        assertThatThrownBy(() -> noBaseline.run(workspace, CLOCK))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("none");
    }

    @Test
    void shouldRefuseTextThatIsNotAMonitorJobOrAnswer() {
        assertThatThrownBy(() -> MonitorJob.fromJson("{\"format\": \"trace62304-gate-job/1\"}"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("not a trace62304-monitor-job/1 document");
        assertThatThrownBy(() -> MonitorAnswer.fromJson("{\"format\": \"x\"}"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("not a trace62304-monitor-answer/1 document");
    }
}
