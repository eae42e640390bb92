package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.itemfile.JiraValues;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.jira.emulator.EmulatedIssue;
import io.trace62304.monitor.AffectedReleases;
import io.trace62304.monitor.Monitor;
import io.trace62304.monitor.MonitorPolicy;
import io.trace62304.monitor.MonitorSources;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code monitor --link-back}: a new vulnerability of a released SOUP item opens one problem report naming the
 * released versions it affects; a re-run writes nothing; a changed severity edits the same report.
 */
class MonitorLinkBackTest {
    private static final Path RELEASED = Fixtures.of("baseline-v1-infusion-pump.json");
    private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");

    @TempDir
    Path temp;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldOpenOneProblemReportPerVulnerabilityThenWriteNothingThenUpdateOnAChangedSeverity(final Flavour flavour)
            throws Exception {
        JiraClient client = start(flavour);
        Path osv = osv("MODERATE");
        Path older = Files.createDirectories(temp.resolve("1.3.0"));
        Files.copy(RELEASED, older.resolve("baseline.json"));
        List<Path> releases = List.of(RELEASED, older.resolve("baseline.json"));

        LinkBack.Report first = linkBack(client, monitor(osv, releases));

        assertThat(first.isComplete()).as(first.failures().toString()).isTrue();
        assertThat(first.writes().get(Kind.PROBLEM_REPORT)).containsEntry(WriteOutcome.CREATED, 1);
        assertThat(site.emulator.writes()).isEqualTo(first.writeCount()).isEqualTo(2);
        List<String> opened = site.emulator.inProjectKeys("PUMP").stream()
                .filter(key -> !key.equals("PUMP-41"))
                .toList();
        assertThat(opened).hasSize(1);
        EmulatedIssue report = site.emulator.issue(opened.get(0));
        assertThat(report.type()).isEqualTo("Software Problem Report");
        assertThat(report.summary())
                .startsWith("CVE-2025-48924 (medium) in pkg:maven/org.apache.commons/commons-lang3@3.11")
                .endsWith("affects released infusion-pump #42");
        assertThat(JiraValues.text(report.field("description")))
                .contains("SOUP item PUMP-41", "Affected released versions: infusion-pump #42", "Fixed in: 3.18.0")
                .contains("Communication Decision", "6.2.5");
        assertThat(report.field("labels").toString()).contains(MonitorLinkBack.LABEL);
        assertThat(site.emulator
                        .issue("PUMP-41")
                        .property(MonitorLinkBack.PROPERTY)
                        .toString())
                .contains("CVE-2025-48924", opened.get(0));

        site.emulator.resetCounts();
        LinkBack.Report again = linkBack(client, monitor(osv, releases));

        assertThat(again.writeCount()).isZero();
        assertThat(again.writes().get(Kind.PROBLEM_REPORT)).containsEntry(WriteOutcome.UNCHANGED, 1);
        assertThat(site.emulator.writes()).isZero();
        assertThat(site.emulator.inProjectKeys("PUMP")).hasSize(2);

        site.emulator.resetCounts();
        LinkBack.Report raised = linkBack(client, monitor(osv("CRITICAL"), releases));

        assertThat(raised.isComplete()).as(raised.failures().toString()).isTrue();
        assertThat(raised.writes().get(Kind.PROBLEM_REPORT)).containsEntry(WriteOutcome.UPDATED, 1);
        assertThat(raised.writes().get(Kind.PROBLEM_REPORT)).doesNotContainKey(WriteOutcome.CREATED);
        assertThat(site.emulator.inProjectKeys("PUMP")).hasSize(2);
        assertThat(site.emulator.issue(opened.get(0)).summary()).startsWith("CVE-2025-48924 (critical)");
        assertThat(JiraValues.text(site.emulator.issue(opened.get(0)).field("description")))
                .contains("Severity now: critical");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldPutTheVulnerabilityInTriageOnTheSoupItemWhenThePolicySaysSo(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        String field = EmulatedSites.field("Vulnerability Assessment");
        site.emulator.issue("PUMP-41").field(field, "CVE-2022-42889: not affected - no interpolation of user input");
        site.emulator.resetCounts();

        LinkBack.Report first = triage(client, monitor(osv("MODERATE"), List.of(RELEASED)));

        assertThat(first.isComplete()).as(first.failures().toString()).isTrue();
        assertThat(first.writes().get(Kind.SOUP_ASSESSMENT)).containsEntry(WriteOutcome.UPDATED, 1);
        assertThat(first.writes()).doesNotContainKey(Kind.PROBLEM_REPORT);
        assertThat(site.emulator.writes()).isEqualTo(1);
        assertThat(site.emulator.inProjectKeys("PUMP")).containsExactly("PUMP-41");
        String written = JiraValues.text(site.emulator.issue("PUMP-41").field(field));
        assertThat(written)
                .startsWith("CVE-2022-42889: not affected - no interpolation of user input\n")
                .contains("CVE-2025-48924: in triage - [trace62304 monitor] affects released infusion-pump #42;"
                        + " severity medium; fixed in 3.18.0");
        assertThat(io.trace62304.soup.AssessmentNotes.parse(written, "PUMP-41")
                        .get("CVE-2025-48924")
                        .isDecided())
                .as("in triage asks for the assessment still")
                .isFalse();

        site.emulator.resetCounts();
        LinkBack.Report again = triage(client, monitor(osv("MODERATE"), List.of(RELEASED)));
        assertThat(again.writeCount()).isZero();
        assertThat(site.emulator.writes()).isZero();

        LinkBack.Report raised = triage(client, monitor(osv("CRITICAL"), List.of(RELEASED)));
        assertThat(raised.writes().get(Kind.SOUP_ASSESSMENT)).containsEntry(WriteOutcome.UPDATED, 1);
        assertThat(JiraValues.text(site.emulator.issue("PUMP-41").field(field)))
                .contains("severity critical")
                .doesNotContain("severity medium");

        site.emulator.issue("PUMP-41").field(field, "CVE-2025-48924: exploitable - long drug names reach it (PUMP-2)");
        site.emulator.resetCounts();
        LinkBack.Report assessed = triage(client, monitor(osv("HIGH"), List.of(RELEASED)));
        assertThat(assessed.writeCount())
                .as("a person's assessment is never overwritten")
                .isZero();
        assertThat(site.emulator.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSayWhichSoupItemIsMissingRatherThanOpenAReportNowhere(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        JiraClient client = site.client();

        LinkBack.Report report = linkBack(client, monitor(osv("HIGH"), List.of(RELEASED)));

        assertThat(report.isComplete()).isFalse();
        assertThat(report.failures()).singleElement().asString().contains("PUMP-41", "CVE-2025-48924");
        assertThat(site.emulator.inProjectKeys("PUMP")).isEmpty();
    }

    private JiraClient start(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.emulator.issue("PUMP-41", "SOUP Item", "Approved", false).summary("Apache Commons Lang");
        return site.client();
    }

    private static LinkBack.Report triage(final JiraClient client, final MonitoringReport report) {
        return new MonitorLinkBack(client, message -> {})
                .run(AffectedReleases.of(report), MonitorPolicy.LinkBackTarget.SOUP_ITEM);
    }

    private static LinkBack.Report linkBack(final JiraClient client, final MonitoringReport report) {
        return new MonitorLinkBack(client, message -> {}).run(AffectedReleases.of(report));
    }

    private static MonitoringReport monitor(final Path osv, final List<Path> releases) throws ReportException {
        MonitorSources sources = new MonitorSources(List.of(osv), Optional.empty(), List.of());
        MonitorSources.Loaded loaded = sources.load(ReportLimits.DEFAULT);
        return new Monitor(loaded.sources(), Optional.empty(), new MonitorPolicy(true))
                .run(releases, loaded.names(), NOW);
    }

    /** One OSV record for the released commons-lang3 3.11, of this database severity. */
    private Path osv(final String severity) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("osv-" + severity));
        Files.writeString(dir.resolve("GHSA-j288-q9x7-2f5v.json"), """
                {"id": "GHSA-j288-q9x7-2f5v", "aliases": ["CVE-2025-48924"], "modified": "2026-12-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.commons:commons-lang3",
                                           "purl": "pkg:maven/org.apache.commons/commons-lang3"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.0"}, {"fixed": "3.18.0"}]}]}],
                 "database_specific": {"severity": "%s"}}
                """.formatted(severity));
        return dir;
    }
}
