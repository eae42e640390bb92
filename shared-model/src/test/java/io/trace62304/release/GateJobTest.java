package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Verdict;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate split between a controller and an agent: a job as text in, outputs and an answer as text out. */
class GateJobTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void writeWorkspace() throws IOException {
        Files.copy(Fixtures.of("items.yaml"), workspace.resolve("items.yaml"));
        Files.writeString(workspace.resolve("TEST-bolus.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.example.BolusTest" tests="2">
                  <testcase classname="com.example.BolusTest" name="MED-3 refuses a bolus above the limit"/>
                  <testcase classname="com.example.BolusTest" name="MED-4 shows events"/>
                </testsuite>
                """);
        Files.writeString(workspace.resolve("pump.jar"), "shipped bytes");
    }

    @Test
    void shouldCarryEveryPartOfTheJobAcrossAsText() throws Exception {
        GateJob job = new GateJob(
                GateJob.Items.jira(
                        "Jira https://jira.example.com JQL: project = MED",
                        new ObjectMapper()
                                .readTree("[{\"issues\": [], \"total\": 0, \"names\": {\"summary\": \"Summary\"}}]")),
                "compliance/policy.yaml",
                Map.of(
                        ReportFormat.JUNIT,
                        List.of("**/TEST-*.xml"),
                        ReportFormat.CYCLONEDX,
                        List.of("target/bom.json")),
                List.of("**/*.verifies"),
                "{\"schema\": 1}",
                new GateJob.Build(
                        "pump",
                        "42",
                        "https://ci/job/pump/42/",
                        List.of("app=abc123"),
                        List.of("*.jar"),
                        List.of("maven=3.9.9")),
                "target/trace62304");

        GateJob back = GateJob.fromJson(job.toJson());

        assertThat(back.items()).isEqualTo(job.items());
        assertThat(back.reports())
                .containsEntry(ReportFormat.JUNIT, List.of("**/TEST-*.xml"))
                .containsEntry(ReportFormat.CYCLONEDX, List.of("target/bom.json"))
                .containsEntry(ReportFormat.JACOCO, List.of());
        assertThat(back).usingRecursiveComparison().ignoringFields("reports").isEqualTo(job);
    }

    @Test
    void shouldRunInTheWorkspaceKeepItsInputsAndAnswerWhatTheStoredRecordReproduces() throws Exception {
        Files.writeString(workspace.resolve("policy.yaml"), "policy: trace62304-policy/1\nname: strict\n");
        GateJob job = job(GateJob.Items.file("items.yaml"), "policy.yaml");

        GateAnswer answer = GateAnswer.fromJson(GateJob.fromJson(job.toJson()).run(workspace, message -> {}));

        Path out = workspace.resolve("out");
        assertThat(out.resolve(ReleaseOutputs.REPORT)).exists();
        assertThat(out.resolve(GateJob.POLICY)).hasSameTextualContentAs(workspace.resolve("policy.yaml"));
        assertThat(answer.items()).isEqualTo(9);
        assertThat(answer.anomalies())
                .isEqualTo(io.trace62304.anomaly.AnomalyCollector.collect(
                                StoredRelease.load(workspace.resolve("out")).baseline(),
                                StoredRelease.load(workspace.resolve("out")).gate())
                        .anomalies()
                        .size())
                .isPositive();
        assertThat(answer.tests()).isEqualTo(2);
        ReleaseOutcome stored = StoredRelease.load(out);
        assertThat(stored.baseline().digest()).isEqualTo(answer.digest()).startsWith("sha256:");
        assertThat(stored.gate().verdict().name()).isEqualTo(answer.verdict());
        assertThat(stored.gate().findings()).hasSize((int) (answer.errors() + answer.failures() + answer.warnings()));
        assertThat(stored.baseline().baseline().build().artifacts())
                .singleElement()
                .satisfies(artifact -> assertThat(artifact.path()).isEqualTo("pump.jar"));
    }

    /** 9.7, 9.8: a closure verified in the previous baseline decides the same when the stored record is re-read. */
    @Test
    void shouldReproduceAVerdictThatReliesOnAVerificationInThePreviousBaseline() throws Exception {
        Files.writeString(workspace.resolve("policy.yaml"), "rules: {coverage: {enabled: false}}\n");
        Files.writeString(workspace.resolve("items-41.yaml"), items("Verifying", ""));
        Files.writeString(workspace.resolve("items-42.yaml"), items("Closed", "pump #41"));
        Files.writeString(workspace.resolve("TEST-41.xml"), """
                <testsuite name="s"><testcase classname="c" name="MED-2 limits"/>\
                <testcase classname="c" name="MED-60 regression"/></testsuite>
                """);
        Files.writeString(workspace.resolve("bom.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  {"type": "library", "bom-ref": "t", "group": "org.example", "name": "tables", "version": "1.0",
                   "purl": "pkg:maven/org.example/tables@1.0"}]}
                """);
        Files.writeString(
                workspace.resolve("TEST-42.xml"),
                "<testsuite name=\"s\"><testcase classname=\"c\" name=\"MED-2 limits\"/></testsuite>\n");
        GateAnswer.fromJson(release("41", "").run(workspace, message -> {}));
        String previous = Files.readString(workspace.resolve("out-41").resolve(ReleaseOutputs.BASELINE));

        GateAnswer answer = GateAnswer.fromJson(release("42", previous).run(workspace, message -> {}));

        assertThat(answer.verdict()).isEqualTo("PASS");
        ReleaseOutcome stored = StoredRelease.load(workspace.resolve("out-42"));
        assertThat(stored.gate().verdict()).isEqualTo(Verdict.PASS);
        assertThat(stored.gate().findings())
                .extracting(Finding::rule)
                .doesNotContain("closed-problem-reports-complete");
    }

    private static String items(final String status, final String verifiedIn) {
        return """
                version: 1
                items:
                  - {key: MED-1, type: Software Item, summary: pump, status: Approved, fields: {Safety Class: B}}
                  - {key: MED-2, type: Software Requirement, summary: limits, status: Approved,
                     links: {is implemented by: [MED-1]}}
                  - key: MED-60
                    type: Software Problem Report
                    summary: rate rounded up
                    status: %s
                    links: {is implemented by: [MED-1]}
                    fields: {Root Cause: HALF_UP rounding, Risk Evaluation: at most 0.05 mL/h over%s}
                  - {key: MED-20, type: SOUP Item, summary: tables, status: Approved, links: {is used by: [MED-1]},
                     fields: {SOUP Version: '1.0', Package URL: 'pkg:maven/org.example/tables@1.0', SOUP Manufacturer: Example Org,
                             Anomaly List Reviewed: '2026-11-01', Anomaly List Reviewed For Version: '1.0'}}
                """.formatted(status, verifiedIn.isEmpty() ? "" : ", Verified In: '" + verifiedIn + "'");
    }

    private static GateJob release(final String build, final String previous) {
        return new GateJob(
                GateJob.Items.file("items-" + build + ".yaml"),
                "policy.yaml",
                Map.of(
                        ReportFormat.JUNIT,
                        List.of("TEST-" + build + ".xml"),
                        ReportFormat.CYCLONEDX,
                        List.of("bom.json")),
                List.of(),
                previous,
                new GateJob.Build(
                        "pump",
                        build,
                        "https://ci/job/pump/" + build + "/",
                        List.of("abc123"),
                        List.of("*.jar"),
                        List.of()),
                "out-" + build);
    }

    @Test
    void shouldCarryEachBelowMinimumLineInTheAnswerTheBaselineAndTheStoredRecord() throws Exception {
        Files.writeString(
                workspace.resolve("policy.yaml"),
                "policy: trace62304-policy/1\nname: lenient\n"
                        + "rules: {failing-tests: {scope: traced}, requirements-verified: {classes: [B, C]}}\n");
        String traced = "policy below the IEC 62304 A1:2015 minimum for Class A, B, C: failing-tests scope: traced"
                + " (a failing test that verifies no item of a checked class passes)";
        String classA =
                "policy below the IEC 62304 A1:2015 minimum for Class A: requirements-verified not applied (classes B, C)";

        GateAnswer answer = GateAnswer.fromJson(
                job(GateJob.Items.file("items.yaml"), "policy.yaml").run(workspace, message -> {}));

        assertThat(answer.belowMinimum()).containsExactly(traced, classA);
        ReleaseOutcome stored = StoredRelease.load(workspace.resolve("out"));
        assertThat(stored.baseline().baseline().gate().belowMinimum()).containsExactly(traced, classA);
        assertThat(Files.readString(workspace.resolve("out").resolve(ReleaseOutputs.BASELINE)))
                .contains("\"belowMinimum\":[\"" + traced + "\",\"" + classA + "\"]");
        assertThat(GateAnswer.fromJson("{\"format\": \"trace62304-gate-answer/1\", \"verdict\": \"PASS\"}")
                        .belowMinimum())
                .isEmpty();
    }

    @Test
    void shouldWriteNoBelowMinimumMemberUnderTheDefaults() throws Exception {
        GateAnswer answer =
                GateAnswer.fromJson(job(GateJob.Items.file("items.yaml"), "").run(workspace, message -> {}));

        assertThat(answer.belowMinimum()).isEmpty();
        assertThat(Files.readString(workspace.resolve("out").resolve(ReleaseOutputs.BASELINE)))
                .doesNotContain("belowMinimum");
    }

    @Test
    void shouldFailClosedWhenTheControllerCouldNotReadTheItems() throws Exception {
        GateJob job =
                job(GateJob.Items.unavailable("Jira https://jira.example.com", "HTTP 401 - check the credentials"), "");

        GateAnswer answer = GateAnswer.fromJson(job.run(workspace, message -> {}));

        assertThat(answer.verdict()).isEqualTo(Verdict.ERROR.name());
        assertThat(StoredRelease.load(workspace.resolve("out")).gate().findings())
                .extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("HTTP 401 - check the credentials"));
    }

    @Test
    void shouldRefuseAStoredRecordWhosePolicyWasSwapped() throws Exception {
        Files.writeString(workspace.resolve("policy.yaml"), "policy: trace62304-policy/1\nname: strict\n");
        job(GateJob.Items.file("items.yaml"), "policy.yaml").run(workspace, message -> {});
        Files.writeString(
                workspace.resolve("out").resolve(GateJob.POLICY),
                "policy: trace62304-policy/1\nname: lenient\nrules: {requirements-verified: {enabled: false}}\n");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> StoredRelease.load(workspace.resolve("out")))
                .withMessageContaining("the record was altered");
    }

    @Test
    void shouldRefuseAStoredRecordWhoseBaselineWasEdited() throws Exception {
        job(GateJob.Items.file("items.yaml"), "").run(workspace, message -> {});
        Path baseline = workspace.resolve("out").resolve(ReleaseOutputs.BASELINE);
        Files.writeString(baseline, Files.readString(baseline).replace("\"42\"", "\"43\""));

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> StoredRelease.load(workspace.resolve("out")))
                .withMessageContaining(baseline.toString());
    }

    @Test
    void shouldNameTheJobWhenItsTextIsNotOne() {
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> GateJob.fromJson("{\"format\": \"other\"}"))
                .withMessageStartingWith("gate job")
                .withMessageContaining("trace62304-gate-job/1");
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> GateAnswer.fromJson("{\"verdict\": "))
                .withMessageStartingWith("gate answer:1");
    }

    @Test
    void shouldSplitCommaSeparatedPatterns() {
        assertThat(GateJob.patterns(" **/TEST-*.xml, target/bom.json ,, "))
                .containsExactly("**/TEST-*.xml", "target/bom.json");
        assertThat(GateJob.patterns(null)).isEmpty();
    }

    @Test
    void shouldArchiveTheRecordOfAReleaseWhereAsked() throws Exception {
        GateJob.Build release = new GateJob.Build(
                "pump",
                "43",
                "https://ci/job/pump/43/",
                List.of("abc123"),
                List.of("*.jar"),
                List.of(),
                new io.trace62304.evidence.ReleaseIdentity(
                        io.trace62304.evidence.ReleaseIdentity.Kind.RELEASE, "com.example:pump", "1.4.0"));
        GateJob job = new GateJob(
                GateJob.Items.file("items.yaml"),
                "",
                Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")),
                List.of(),
                "",
                release,
                "out",
                "records");

        GateJob.fromJson(job.toJson()).run(workspace, message -> {});

        Path archive = workspace.resolve("records/com.example_pump-1.4.0-43.zip");
        io.trace62304.archive.ArchiveVerifier.Result verified =
                new io.trace62304.archive.ArchiveVerifier(java.util.Optional.empty()).verify(archive);
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.manifest().orElseThrow().entries())
                .extracting(io.trace62304.archive.ArchiveEntry::path)
                .contains("record/baseline.json", "outputs/report.html", "inputs/001-TEST-bolus.xml");

        new GateJob(
                        GateJob.Items.file("items.yaml"),
                        "",
                        Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")),
                        List.of(),
                        "",
                        new GateJob.Build("pump", "44", "", List.of("abc123"), List.of("*.jar"), List.of()),
                        "out2",
                        "ci-records")
                .run(workspace, message -> {});
        assertThat(workspace.resolve("ci-records")).doesNotExist(); // a CI run is never archived
    }

    private static GateJob job(final GateJob.Items items, final String policy) {
        return new GateJob(
                items,
                policy,
                Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")),
                List.of(),
                "",
                new GateJob.Build(
                        "pump", "42", "https://ci/job/pump/42/", List.of("abc123"), List.of("*.jar"), List.of()),
                "out");
    }
}
