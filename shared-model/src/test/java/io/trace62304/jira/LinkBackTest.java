package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.gate.Verdict;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.jira.emulator.EmulatedIssue;
import io.trace62304.jira.emulator.Fault;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseRequest;
import io.trace62304.release.ReleaseRun;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.trace.TraceConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gate reads its items from Jira, then links the build back: once, idempotently, even under faults. */
class LinkBackTest {
    private static final LinkBack.Build BUILD = new LinkBack.Build("https://ci.example/job/pump/42/", "pump #42");

    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        assertThat(site.emulator.violations()).isEmpty();
        site.emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldWriteOnlyWhatChangedAndNothingOnARerun(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        ReleaseOutcome outcome = gate(client);
        site.emulator.resetCounts();

        LinkBack.Report first = new LinkBack(client, message -> {}).run(outcome.baseline(), outcome.gate(), BUILD);

        assertThat(first.isComplete()).as(first.failures().toString()).isTrue();
        assertThat(first.writes().get(Kind.REMOTE_LINK)).containsEntry(WriteOutcome.CREATED, 7);
        assertThat(first.writes().get(Kind.FIXED_IN_BUILD)).containsEntry(WriteOutcome.UPDATED, 1);
        assertThat(first.writes().get(Kind.COMMENT)).containsEntry(WriteOutcome.CREATED, 1);
        assertThat(site.emulator
                        .issue("MED-4")
                        .field(EmulatedSites.field("Fixed In Build"))
                        .asText())
                .isEqualTo("pump #42");
        assertThat(site.emulator.issue("MED-5").comments())
                .singleElement()
                .satisfies(c -> assertThat(io.trace62304.itemfile.JiraValues.text(c.path("body")))
                        .startsWith("[trace62304:build=https://ci.example/job/pump/42/]")
                        .contains("risk-controls-verified (7.3.1)"));
        assertThat(site.emulator.writes()).isEqualTo(9);

        site.emulator.resetCounts();
        ReleaseOutcome again = gate(client);
        LinkBack.Report second = new LinkBack(client, message -> {}).run(again.baseline(), again.gate(), BUILD);

        assertThat(second.writeCount()).isZero();
        assertThat(site.emulator.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNeverDuplicateUnderFaultsAndSayWhatFailed(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        ReleaseOutcome outcome = gate(client);
        site.emulator.inject(Fault.drop("POST", "/issue/MED-2/remotelink$", 1, true));
        site.emulator.inject(Fault.status("POST", "/remotelink$", 3, 429, Map.of("Retry-After", "1")));
        site.emulator.inject(Fault.drop("POST", "/comment$", 1, true));
        site.emulator.inject(Fault.status("PUT", "/issue/MED-4$", 9, 403, Map.of()));

        LinkBack.Report report = new LinkBack(client, message -> {}).run(outcome.baseline(), outcome.gate(), BUILD);

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures())
                .singleElement()
                .asString()
                .startsWith("MED-4 fixed in build: PUT " + flavour.api() + "/issue/MED-4: HTTP 403")
                .contains("lacks a Jira permission");
        for (String key : List.of("MED-1", "MED-2", "MED-3", "MED-4", "MED-5", "MED-6", "MED-7")) {
            EmulatedIssue issue = site.emulator.issue(key);
            assertThat(issue.remoteLinks()).as(key).hasSize(1);
            assertThat(issue.comments()).as(key).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(site.emulator.issue("MED-5").comments()).hasSize(1);
    }

    private JiraClient start(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.emulator
                .issue("MED-1", "Software Item", "Approved", true)
                .option(EmulatedSites.field("Safety Class"), "C");
        site.emulator.issue("MED-2", "Software Requirement", "Approved", false);
        site.emulator.issue("MED-3", "Risk Control", "Implemented", false);
        site.emulator
                .issue("MED-4", "Software Problem Report", "Closed", true)
                .field(EmulatedSites.field("Root Cause"), "overflow");
        site.emulator.issue("MED-5", "Risk Control", "Implemented", false);
        site.emulator
                .issue("MED-6", "Software Problem Report", "Deferred", false)
                .field(EmulatedSites.field("Risk Evaluation"), "no hazard")
                .field(EmulatedSites.field("Deferral Justification"), "cosmetic");
        site.emulator.issue("MED-7", "Hazard", "Open", false);
        for (String key : List.of("MED-2", "MED-3", "MED-4", "MED-5", "MED-6")) {
            site.emulator.link("Implements", key, "MED-1");
        }
        Files.writeString(dir.resolve("TEST-pump.xml"), """
                <testsuite name="pump">
                  <testcase classname="com.example.PumpTest" name="MED-2 MED-3 limits the rate"/>
                  <testcase classname="com.example.PumpTest" name="MED-4 regression"/>
                </testsuite>
                """);
        return site.client();
    }

    private ReleaseOutcome gate(final JiraClient client) throws Exception {
        ReleaseOutcome outcome = new ReleaseRun(message -> {})
                .run(new ReleaseRequest(
                        new JiraItemSource(client, "project = MED"),
                        Optional.empty(),
                        Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")),
                        List.of(),
                        Optional.empty(),
                        BaselineBuilder.IDENTIFIED,
                        dir,
                        TraceConventions.DEFAULT));
        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.FAIL);
        return outcome;
    }
}
