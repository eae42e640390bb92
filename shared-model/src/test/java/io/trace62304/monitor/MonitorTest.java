package io.trace62304.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.ItemSet;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorTest {
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Path RELEASED = Fixtures.of("baseline-v1-infusion-pump.json");

    @TempDir
    Path temp;

    @Test
    void shouldReportWhatIsNewSinceTheBaselineWasSealed() throws ReportException {
        MonitoringReport report = monitor(osvAndKev(), Optional.empty(), true);

        assertThat(report.exitCode()).isEqualTo(MonitoringReport.NEW_FINDINGS);
        ReleaseCheck release = report.releases().get(0);
        assertThat(release.release()).isEqualTo("infusion-pump #42");
        assertThat(release.digest()).startsWith("sha256:");
        assertThat(release.actionable())
                .extracting(MonitorFinding::vulnerability)
                .containsExactly("CVE-2025-48924", "OSV-FIXTURE-NOSCORE");
        MonitorFinding lang = release.actionable().get(0);
        assertThat(lang.component()).isEqualTo("pkg:maven/org.apache.commons/commons-lang3@3.11");
        assertThat(lang.itemKey()).isEqualTo("PUMP-41");
        assertThat(lang.changes()).containsExactly(ChangeKind.NEW_VULNERABILITY);
        assertThat(lang.sealedSeverity()).isEmpty();
        assertThat(lang.fixedVersions()).containsExactly("3.18.0");
        assertThat(lang.actions()).singleElement().asString().contains("assess CVE-2025-48924", "PUMP-41", "7.1.3");
        assertThat(release.actionable().get(1).severity()).isEqualTo("unknown");
    }

    @Test
    void shouldListAnAssessedUnchangedVulnerabilityWithAFixForInformationOnly() throws ReportException {
        ReleaseCheck release =
                monitor(osvAndKev(), Optional.empty(), true).releases().get(0);

        MonitorFinding text4shell = release.findings().stream()
                .filter(f -> f.vulnerability().equals("CVE-2022-42889"))
                .findFirst()
                .orElseThrow();
        assertThat(text4shell.changes()).containsExactly(ChangeKind.FIX_AVAILABLE);
        assertThat(text4shell.sealedSeverity()).isEqualTo("critical");
        assertThat(text4shell.assessment()).isEqualTo("not_affected");
        assertThat(text4shell.needsAction()).isFalse();
    }

    @Test
    void shouldSayNothingNewWhenTheSourcesKnowOnlyWhatWasSealed() throws ReportException, IOException {
        Path dir = Files.createDirectories(temp.resolve("osv"));
        Files.copy(Fixtures.of("vuln/osv/other/GHSA-35jh-r3h4-6jhm.json"), dir.resolve("lodash.json"));

        MonitoringReport report =
                monitor(new MonitorSources(List.of(dir), Optional.empty(), List.of()), Optional.empty(), true);

        assertThat(report.exitCode()).isEqualTo(MonitoringReport.NOTHING_NEW);
        assertThat(report.releases().get(0).findings()).isEmpty();
        assertThat(report.sources()).singleElement().asString().contains("OSV: 1 records");
    }

    @Test
    void shouldRequireTheCommunicationDecisionForAnExploitableFindingInAReleasedVersion()
            throws ReportException, IOException {
        Optional<ItemSet> assessed = items("""
                      Vulnerability Assessment: |
                        CVE-2025-48924: exploitable - long user-entered drug names reach StringUtils (PUMP-2)
                """);
        Optional<ItemSet> communicated = items("""
                      Vulnerability Assessment: |
                        CVE-2025-48924: exploitable - long user-entered drug names reach StringUtils (PUMP-2)
                      Communication Decision: |
                        CVE-2025-48924: users informed 2026-12-02 (FSN-2026-07); regulator not required - no hazardous situation (RMF-12)
                """);

        MonitorFinding required = lang(monitor(osvAndKev(), assessed, true));
        MonitorFinding optional = lang(monitor(osvAndKev(), assessed, false));
        MonitorFinding recorded = lang(monitor(osvAndKev(), communicated, true));

        assertThat(required.assessment()).isEqualTo("exploitable");
        assertThat(required.actions()).singleElement().asString().contains("Communication Decision", "6.2.5");
        assertThat(optional.needsAction()).isFalse();
        assertThat(recorded.needsAction()).isFalse();
        assertThat(recorded.communication()).startsWith("users informed 2026-12-02");
    }

    @Test
    void shouldAskToCompleteACommunicationDecisionThatLeavesRegulatorsOrARationaleOut()
            throws ReportException, IOException {
        String exploitable = """
                      Vulnerability Assessment: |
                        CVE-2025-48924: exploitable - long user-entered drug names reach StringUtils (PUMP-2)
                      Communication Decision: |
                """;
        Optional<ItemSet> usersOnly =
                items(exploitable + "        CVE-2025-48924: users informed 2026-12-02 (FSN-7)\n");
        Optional<ItemSet> noReason =
                items(exploitable + "        CVE-2025-48924: users informed 2026-12-02; regulator not required\n");

        MonitorFinding regulatorsLeftOut = lang(monitor(osvAndKev(), usersOnly, true));
        MonitorFinding rationaleLeftOut = lang(monitor(osvAndKev(), noReason, true));

        assertThat(regulatorsLeftOut.actions())
                .singleElement()
                .asString()
                .contains("complete the Communication Decision on CVE-2025-48924", "whether regulators", "6.2.5");
        assertThat(rationaleLeftOut.actions())
                .singleElement()
                .asString()
                .contains("the rationale for 'regulator not required'")
                .doesNotContain("whether users");
    }

    @Test
    void shouldTakeTheCommunicationDecisionFromTheProblemReportThatNamesTheVulnerability()
            throws ReportException, IOException {
        Optional<ItemSet> withReport = items("""
                      Vulnerability Assessment: |
                        CVE-2025-48924: exploitable - long user-entered drug names reach StringUtils (PUMP-2)
                  - key: PUMP-60
                    type: Software Problem Report
                    summary: CVE-2025-48924 in pkg:maven/org.apache.commons/commons-lang3 affects released versions
                    status: Open
                    fields:
                      Communication Decision: |
                        Users informed 2026-12-04 by field safety notice FSN-9;
                        regulators informed 2026-12-04 (ref. BfArM 2026-311)
                  - key: PUMP-61
                    type: Software Problem Report
                    summary: CVE-2099-0001 elsewhere
                    status: Open
                    fields:
                      Communication Decision: users not required - other product; regulators not required - same
                """);

        MonitorFinding finding = lang(monitor(osvAndKev(), withReport, true));

        assertThat(finding.needsAction()).as(finding.actions().toString()).isFalse();
        assertThat(finding.communication()).startsWith("Users informed 2026-12-04 by field safety notice FSN-9;");
    }

    @Test
    void shouldAskForAReassessmentWhenTheSeverityRose() throws ReportException, IOException {
        Path dir = Files.createDirectories(temp.resolve("osv-rated"));
        Files.writeString(dir.resolve("CVE-2022-42889.json"), """
                {"id": "CVE-2022-42889", "modified": "2026-12-01T00:00:00Z",
                 "affected": [{"package": {"purl": "pkg:maven/org.apache.commons/commons-text"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.5"}, {"fixed": "1.10.0"}]}]}],
                 "database_specific": {"severity": "HIGH"}}
                """);
        Path lowered = dir;

        MonitorFinding finding = monitor(
                        new MonitorSources(List.of(lowered), Optional.empty(), List.of()), Optional.empty(), true)
                .releases()
                .get(0)
                .findings()
                .get(0);

        // critical -> high is a change to list, but not one that asks for a new assessment
        assertThat(finding.changes()).containsExactly(ChangeKind.SEVERITY_CHANGED);
        assertThat(finding.needsAction()).isFalse();
    }

    @Test
    void shouldFlagKnownExploitedVulnerabilitiesOfReleasedVersions() throws ReportException, IOException {
        Path kev = Files.writeString(temp.resolve("kev.json"), """
                {"catalogVersion": "2026.12.03", "dateReleased": "2026-12-03T00:00:00Z", "count": 1,
                 "vulnerabilities": [{"cveID": "CVE-2025-48924", "dateAdded": "2026-12-03", "vendorProject": "Apache",
                   "product": "Commons Lang"}]}
                """);
        MonitorSources sources =
                new MonitorSources(List.of(Fixtures.of("vuln/osv/maven")), Optional.of(kev), List.of());

        MonitorFinding finding = lang(monitor(sources, Optional.empty(), true));

        assertThat(finding.changes()).containsExactly(ChangeKind.NEW_VULNERABILITY, ChangeKind.KNOWN_EXPLOITED);
        assertThat(finding.kevDateAdded()).isEqualTo("2026-12-03");
        assertThat(finding.actions()).hasSize(2).anyMatch(a -> a.contains("6.2.5"));
    }

    @Test
    void shouldNotEvaluateAnAlteredBaseline() throws ReportException, IOException {
        Path altered = temp.resolve("altered.baseline.json");
        Files.writeString(altered, Files.readString(RELEASED).replace("\"3.11\"", "\"3.12\""));

        MonitoringReport report = new Monitor(
                        osvAndKev().load(ReportLimits.DEFAULT).sources(), Optional.empty(), new MonitorPolicy(true))
                .run(List.of(RELEASED, altered), List.of(), NOW);

        assertThat(report.exitCode()).isEqualTo(MonitoringReport.CANNOT_DECIDE);
        assertThat(report.releases().get(0).status()).isEqualTo("NEW_FINDINGS");
        assertThat(report.releases().get(1).status()).isEqualTo("ERROR");
        assertThat(report.releases().get(1).problems()).anyMatch(p -> p.contains("does not match its digest"));
        assertThat(report.releases().get(1).findings()).isEmpty();
    }

    @Test
    void shouldFindBaselinesInAReleaseArchive() throws ReportException, IOException {
        Path archive = temp.resolve("releases");
        Files.createDirectories(archive.resolve("1.4.0"));
        Files.createDirectories(archive.resolve("1.3.0"));
        Files.copy(RELEASED, archive.resolve("1.4.0/baseline.json"));
        Files.copy(RELEASED, archive.resolve("1.3.0/pump.baseline.json"));
        Files.writeString(archive.resolve("1.4.0/findings.json"), "{}");

        assertThat(BaselineFiles.expand(List.of(archive)))
                .containsExactly(archive.resolve("1.3.0/pump.baseline.json"), archive.resolve("1.4.0/baseline.json"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BaselineFiles.expand(List.of(archive.resolve("1.3.0"), temp.resolve("none"))))
                .hasMessageContaining("none");
    }

    @Test
    void shouldReadTheCommunicationRequirementFromThePolicy() throws ReportException, IOException {
        Path optional =
                Files.writeString(temp.resolve("policy.yaml"), "monitoring: {communicationDecision: optional}\n");

        assertThat(MonitorPolicy.of(new io.trace62304.gate.PolicyLoader().defaults())
                        .communicationRequired())
                .isTrue();
        assertThat(MonitorPolicy.of(new io.trace62304.gate.PolicyLoader().load(optional))
                        .communicationRequired())
                .isFalse();
        Path soupItem = Files.writeString(temp.resolve("soup-item.yaml"), "monitoring: {linkBack: soup-item}\n");
        assertThat(MonitorPolicy.of(new io.trace62304.gate.PolicyLoader().defaults())
                        .linkBack())
                .isEqualTo(MonitorPolicy.LinkBackTarget.PROBLEM_REPORT);
        assertThat(MonitorPolicy.of(new io.trace62304.gate.PolicyLoader().load(soupItem))
                        .linkBack())
                .isEqualTo(MonitorPolicy.LinkBackTarget.SOUP_ITEM);
    }

    private MonitorSources osvAndKev() {
        return new MonitorSources(
                List.of(Fixtures.of("vuln/osv")), Optional.of(Fixtures.of("vuln/kev.json")), List.of());
    }

    private static MonitoringReport monitor(
            final MonitorSources sources, final Optional<ItemSet> items, final boolean communicationRequired)
            throws ReportException {
        return new Monitor(
                        sources.load(ReportLimits.DEFAULT).sources(), items, new MonitorPolicy(communicationRequired))
                .run(List.of(RELEASED), sources.load(ReportLimits.DEFAULT).names(), NOW);
    }

    private static MonitorFinding lang(final MonitoringReport report) {
        return report.releases().get(0).findings().stream()
                .filter(f -> f.vulnerability().equals("CVE-2025-48924"))
                .findFirst()
                .orElseThrow();
    }

    private Optional<ItemSet> items(final String fields) throws IOException {
        Path file = Files.writeString(temp.resolve("items-" + fields.hashCode() + ".yaml"), """
                version: 1
                items:
                  - key: PUMP-41
                    type: SOUP Item
                    summary: Apache Commons Lang
                    status: Approved
                    fields:
                      SOUP Manufacturer: The Apache Software Foundation
                      SOUP Version: "3.11"
                """ + fields);
        try {
            return Optional.of(new YamlItemSource(file).load());
        } catch (io.trace62304.item.ItemSourceException e) {
            throw new AssertionError(e);
        }
    }
}
