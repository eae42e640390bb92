package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.gate.Verdict;
import io.trace62304.itemfile.JiraValues;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.jira.emulator.EmulatedIssue;
import io.trace62304.jira.emulator.Fault;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gate reads its items from Jira, then links the build back: one link per item and job, rewritten only when the
 * result changes, nothing written on a re-run, nothing duplicated under faults or after an upgrade.
 */
class LinkBackTest {
    private static final String JOB = "https://ci.example/job/pump/";
    private static final List<String> KEYS = List.of("MED-1", "MED-2", "MED-3", "MED-4", "MED-5", "MED-6", "MED-7");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldKeepOneLinkPerItemAndJobAndWriteNothingOnARerun(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        ReleaseOutcome outcome = gate(client, Verdict.FAIL);
        site.emulator.resetCounts();

        LinkBack.Report first = linkBack(client, outcome, build(42, false));

        assertThat(first.isComplete()).as(first.failures().toString()).isTrue();
        assertThat(first.writes().get(Kind.REMOTE_LINK)).containsEntry(WriteOutcome.CREATED, 7);
        assertThat(first.writes().get(Kind.COMMENT)).containsEntry(WriteOutcome.CREATED, 1);
        assertThat(first.writes()).doesNotContainKey(Kind.FIXED_IN_BUILD);
        for (String key : KEYS) {
            assertThat(site.emulator.issue(key).remoteLinks()).as(key).hasSize(1);
            assertThat(site.emulator.issue(key).remoteLinks().keySet())
                    .allSatisfy(
                            id -> assertThat(id).startsWith("trace62304:job=").hasSizeLessThanOrEqualTo(255));
        }
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.path("object").path("title").asText())
                            .isEqualTo("MED-2 verified, no blocking findings · pump #42");
                    assertThat(link.path("object").path("summary").asText())
                            .contains("job " + JOB)
                            .endsWith("recorded at 2026-12-01T03:00:00.000Z");
                });
        assertThat(site.emulator.issue("MED-5").comments())
                .singleElement()
                .satisfies(c -> assertThat(JiraValues.text(c.path("body")))
                        .startsWith("[trace62304:job=")
                        .contains("risk-controls-verified (IEC 62304 7.3.1)"));
        assertThat(site.emulator.issue("MED-4").field(EmulatedSites.field("Fixed In Build")))
                .as("not a release build")
                .isNull();
        assertThat(site.emulator.writes()).isEqualTo(first.writeCount()).isEqualTo(7 + 1 + 7 + 1);

        site.emulator.resetCounts();
        LinkBack.Report again = linkBack(client, gate(client, Verdict.FAIL), build(42, false));

        assertThat(again.writeCount()).isZero();
        assertThat(site.emulator.writes()).isZero();
        site.emulator.resetCounts();
        LinkBack.Report later = linkBack(client, outcome, build(43, false));
        assertThat(later.writeCount()).as("a later build with the same result").isZero();
        assertThat(total()).as("reads of an unchanged run: the run record").isEqualTo(1);
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .singleElement()
                .satisfies(link ->
                        assertThat(link.path("object").path("title").asText()).endsWith("pump #42"));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRewriteOnlyTheItemsWhoseResultChanged(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        linkBack(client, gate(client, Verdict.FAIL), build(42, false));
        Files.writeString(dir.resolve("TEST-more.xml"), """
                <testsuite name="more">
                  <testcase classname="com.example.PumpTest" name="MED-3 stops at the limit">
                    <failure message="rate 12 ml/h">expected stop</failure>
                  </testcase>
                </testsuite>
                """);
        ReleaseOutcome changed = gate(client, Verdict.FAIL);
        site.emulator.resetCounts();

        LinkBack.Report report = linkBack(client, changed, build(44, false));

        assertThat(report.isComplete()).as(report.failures().toString()).isTrue();
        assertThat(report.writes().get(Kind.REMOTE_LINK))
                .containsEntry(WriteOutcome.UPDATED, 1)
                .containsEntry(WriteOutcome.UNCHANGED, 6);
        assertThat(report.writes().get(Kind.COMMENT)).containsEntry(WriteOutcome.CREATED, 1);
        assertThat(site.emulator.issue("MED-3").remoteLinks().values())
                .singleElement()
                .satisfies(link -> assertThat(link.path("object").path("title").asText())
                        .startsWith("MED-3 failed, ")
                        .endsWith("pump #44"));
        assertThat(JiraValues.text(
                        site.emulator.issue("MED-3").comments().get(0).path("body")))
                .contains("failing-tests")
                .contains("since pump #44");
        int pages = (KEYS.size() + 99) / 100;
        int reads = flavour == Flavour.CLOUD ? 1 + pages : 1 + KEYS.size();
        assertThat(total() - site.emulator.writes())
                .as("run record, what the job wrote (bulk on Cloud, per issue on Data Center), MED-3's comments")
                .isEqualTo(reads + 1);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldLinkABuildWhoseUrlIsLongerThanAGlobalIdMayBe(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        String folders = "job/medical/job/infusion-pumps/job/product-line-2026/job/firmware/".repeat(4);
        String url = "https://ci.example/" + folders + "job/pump-release-candidate/42/";
        assertThat(("trace62304:build=" + url).length()).isGreaterThan(255);

        LinkBack.Report report = new LinkBack(client, m -> {}, CLOCK)
                .run(
                        gate(client, Verdict.FAIL).baseline(),
                        gate(client, Verdict.FAIL).gate(),
                        new LinkBack.Build(url, "pump #42"));

        assertThat(report.isComplete()).as(report.failures().toString()).isTrue();
        assertThat(site.emulator.issue("MED-2").remoteLinks().keySet())
                .singleElement()
                .satisfies(id -> assertThat(id)
                        .isEqualTo(LinkIds.jobLink(url.substring(0, url.length() - 3)))
                        .hasSize(79));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldTakeOverTheLinkAndCommentAnEarlierVersionWroteForTheSameBuild(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        String former = "trace62304:build=" + JOB + "42/";
        site.emulator.issue("MED-2").remoteLink(former, 990, JOB + "42/", "pump #42");
        client.upsertComment("MED-5", "[trace62304:build=" + JOB + "42/]", "IEC 62304 release gate FAIL for pump #42");

        LinkBack.Report report = linkBack(client, gate(client, Verdict.FAIL), build(42, false));

        assertThat(report.isComplete()).as(report.failures().toString()).isTrue();
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.path("id").asLong()).isEqualTo(990);
                    assertThat(link.path("globalId").asText()).startsWith("trace62304:job=");
                });
        assertThat(site.emulator.issue("MED-5").comments())
                .singleElement()
                .satisfies(c -> assertThat(JiraValues.text(c.path("body")))
                        .startsWith("[trace62304:job=")
                        .doesNotContain("trace62304:build="));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNeverDuplicateUnderFaultsAndSayWhatFailed(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        ReleaseOutcome outcome = gate(client, Verdict.FAIL);
        site.emulator.inject(Fault.drop("POST", "/issue/MED-2/remotelink$", 1, true));
        site.emulator.inject(Fault.status("POST", "/remotelink$", 3, 429, Map.of("Retry-After", "1")));
        site.emulator.inject(Fault.drop("POST", "/comment$", 1, true));
        site.emulator.inject(Fault.status("PUT", "/issue/MED-3/properties/", 1, 403, Map.of()));

        LinkBack.Report report = linkBack(client, outcome, build(42, false));

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures())
                .singleElement()
                .asString()
                .startsWith("MED-3 state: PUT " + flavour.api() + "/issue/MED-3/properties/trace62304.job.")
                .contains("HTTP 403");
        assertThat(site.emulator.issue("MED-1").property(LinkIds.runRecord(JOB)))
                .as("no run record after an incomplete link-back")
                .isNull();
        LinkBack.Report again = linkBack(client, outcome, build(42, false));
        assertThat(again.isComplete()).as(again.failures().toString()).isTrue();
        for (String key : KEYS) {
            EmulatedIssue issue = site.emulator.issue(key);
            assertThat(issue.remoteLinks()).as(key).hasSize(1);
            assertThat(issue.comments()).as(key).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(site.emulator.issue("MED-5").comments()).hasSize(1);
        assertThat(again.writeCount()).as("MED-3's state and the run record").isEqualTo(2);
    }

    private LinkBack.Report linkBack(
            final JiraClient client, final ReleaseOutcome outcome, final LinkBack.Build build) {
        return new LinkBack(client, m -> {}, CLOCK).run(outcome.baseline(), outcome.gate(), build);
    }

    static LinkBack.Build build(final int number, final boolean release) {
        return new LinkBack.Build(JOB + number + "/", "pump #" + number, JOB, release);
    }

    private int total() {
        return site.emulator.counts().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
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
                .field(EmulatedSites.field("Root Cause"), "overflow")
                .field(EmulatedSites.field("Risk Evaluation"), "no hazardous situation");
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

    private ReleaseOutcome gate(final JiraClient client, final Verdict expected) throws Exception {
        ReleaseOutcome outcome = site.gate(dir, Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")));
        assertThat(outcome.gate().verdict()).isEqualTo(expected);
        return outcome;
    }
}
