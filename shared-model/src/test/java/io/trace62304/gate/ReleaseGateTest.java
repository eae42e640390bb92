package io.trace62304.gate;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static io.trace62304.testing.BaselineBuilder.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule under the documented class defaults, from a complete Class C build outwards. */
class ReleaseGateTest {
    private static final String PURL = "pkg:maven/org.example/lib@2.0";

    @Test
    void shouldPassACompleteClassCBuild() {
        GateResult result = evaluate(complete());

        assertThat(result.findings()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.rules()).extracting(RuleResult::status).containsOnly("PASS");
        assertThat(result.summary().rules()).hasSize(Rules.all().size());
    }

    @Test
    void shouldFailClosedOnAnUnreadableInput() {
        GateResult result = evaluate(complete().unreadable("TEST-x.xml", "TEST-x.xml:3:1: the XML ends early"));

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(only(result, "inputs-readable")).satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.item()).isEqualTo("TEST-x.xml");
            assertThat(f.clause()).isEqualTo("5.8.1");
            assertThat(f.message()).contains("the XML ends early");
        });
    }

    @Test
    void shouldFailClosedWhenThereAreNoItems() {
        assertThat(evaluate(baseline().test("t", TestOutcome.PASSED)).verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void shouldAskForAnIdentifiedBuildAndTestResults() {
        GateResult result = evaluate(baseline().build(BuildInfo.unnamed()).item(softwareItem("MED-1", "A")));

        assertThat(findings(result, "tests-recorded"))
                .extracting(Finding::missing)
                .containsExactly("a build id and a VCS revision", "test results");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void shouldAskForASoupItemWithTheExactVersionOfEveryComponent() {
        GateResult result = evaluate(complete()
                .dependency("pkg:maven/org.example/other@1.0")
                .item(soup("MED-21", "pkg:maven/org.example/old@1.0", "1.0"))
                .dependency("pkg:maven/org.example/old@1.1"));

        assertThat(findings(result, "soup-identified"))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "pkg:maven/org.example/old@1.1", "a SOUP item for version 1.1"),
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/org.example/other@1.0", "a SOUP item"));
    }

    @Test
    void shouldOnlyWarnAboutASoupItemThatLeftTheBuild() {
        GateResult result = evaluate(complete().item(soup("MED-21", "pkg:maven/org.example/gone@1.0", "1.0")));

        assertThat(only(result, "soup-in-build").level()).isEqualTo(Level.WARNING);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(status(result, "soup-in-build")).isEqualTo("WARN");
    }

    @Test
    void shouldAskForAnAssessmentOfEveryKnownVulnerability() {
        BaselineBuilder build = baseline()
                .items(softwareItem("MED-1", "A"), of("MED-1", "MED-2", ItemType.REQUIREMENT, "Approved", true))
                .item(item(
                        "MED-20",
                        ItemType.SOUP_ITEM,
                        "Approved",
                        true,
                        used(),
                        "Package URL",
                        PURL,
                        "SOUP Version",
                        "2.0",
                        "SOUP Manufacturer",
                        "Example Org",
                        "Anomaly List Reviewed",
                        "2026-11-01",
                        "Anomaly List Reviewed For Version",
                        "2.0",
                        "Vulnerability Assessment",
                        "CVE-1: false positive\nCVE-3: in triage"))
                .dependency(
                        PURL,
                        vulnerability("CVE-1", Severity.CRITICAL),
                        vulnerability("CVE-2", Severity.LOW),
                        vulnerability("CVE-3", Severity.HIGH),
                        vulnerability("CVE-4", Severity.UNKNOWN))
                .test("t", TestOutcome.PASSED, "MED-2");

        assertThat(findings(evaluate(build), "vulnerabilities-assessed"))
                .extracting(Finding::missing)
                .containsExactly("an assessment of CVE-2", "an assessment of CVE-3", "an assessment of CVE-4");
    }

    @Test
    void shouldBlockAnExploitableVulnerabilityOnlyFromClassB() {
        String assessment = "CVE-1: exploitable - fix planned";
        BaselineBuilder classC = complete();
        classC.dependency("pkg:maven/org.example/lib@2.0", vulnerability("CVE-1", Severity.CRITICAL));
        GateResult c = evaluate(swapSoup(classC, assessment));
        GateResult a = evaluate(baseline()
                .items(
                        softwareItem("MED-1", "A"),
                        item(
                                "MED-20",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                used(),
                                "Package URL",
                                PURL,
                                "SOUP Version",
                                "2.0",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "2.0",
                                "Vulnerability Assessment",
                                assessment))
                .dependency(PURL, vulnerability("CVE-1", Severity.CRITICAL))
                .test("t", TestOutcome.PASSED));

        assertThat(only(c, "exploitable-vulnerabilities").message())
                .contains("CVE-1 (critical)")
                .contains("SOUP item MED-20");
        assertThat(findings(a, "exploitable-vulnerabilities")).isEmpty();
    }

    @Test
    void shouldAskDeferredProblemReportsForAJustification() {
        GateResult result = evaluate(complete()
                .item(of(
                        "MED-1",
                        "MED-30",
                        ItemType.PROBLEM_REPORT,
                        "Deferred",
                        false,
                        "Risk Evaluation",
                        "no hazard")));

        assertThat(only(result, "deferral-justified").missing()).isEqualTo("the field 'Deferral Justification'");
    }

    @Test
    void shouldAskOpenClassBAndCProblemReportsForARiskEvaluation() {
        GateResult result = evaluate(complete()
                .item(softwareItem("MED-40", "A"))
                .item(of("MED-1", "MED-30", ItemType.PROBLEM_REPORT, "Deferred", false, "Deferral Justification", "x"))
                .item(of("MED-40", "MED-31", ItemType.PROBLEM_REPORT, "Investigating", false)));

        assertThat(only(result, "anomalies-evaluated")).satisfies(f -> {
            assertThat(f.item()).isEqualTo("MED-30");
            assertThat(f.message())
                    .startsWith("MED-30 (Software Problem Report, Class C, status 'Deferred') lacks "
                            + "the field 'Risk Evaluation'; 5.8.3 asks that");
        });
    }

    @Test
    void shouldAskOpenClassCProblemReportsToBeDeferred() {
        GateResult result = evaluate(complete()
                .item(of("MED-1", "MED-30", ItemType.PROBLEM_REPORT, "Investigating", false, "Risk Evaluation", "x")));

        assertThat(only(result, "anomalies-deferred").missing()).contains("[Deferred]");
    }

    @Test
    void shouldBlockEveryFailingTestOfTheBuild() {
        GateResult result = evaluate(complete()
                .test("untraced fails", TestOutcome.FAILED)
                .test("traced fails", TestOutcome.ERRORED, "MED-2"));

        assertThat(findings(result, "failing-tests"))
                .extracting(Finding::item)
                .containsExactly("com.example.PumpTest.traced fails", "com.example.PumpTest.untraced fails");
        assertThat(findings(result, "failing-tests").get(0).message())
                .startsWith(
                        "test com.example.PumpTest.traced fails errored; it verifies MED-2 (Risk Control); no open");
        assertThat(findings(result, "risk-controls-verified"))
                .extracting(Finding::item)
                .containsExactly("MED-2");
    }

    @Test
    void shouldAskEveryRiskControlOfClassBAndCForAPassingVerification() {
        GateResult result = evaluate(complete()
                .item(softwareItem("MED-40", "A"))
                .item(of("MED-1", "MED-41", ItemType.RISK_CONTROL, "Open", false))
                .item(of("MED-1", "MED-42", ItemType.RISK_CONTROL, "Open", false))
                .item(item(
                        "MED-43",
                        ItemType.RISK_CONTROL,
                        "Open",
                        false,
                        List.of(
                                new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-40"),
                                new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "MED-44"))))
                .item(item("MED-44", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "No injury"))
                .test("skipped", TestOutcome.SKIPPED, "MED-42"));

        assertThat(findings(result, "risk-controls-verified"))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "MED-41", "a passing verification (no test of this build declares it verifies it)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "MED-42", "a passing verification (its verifying tests were skipped in this build)"));
    }

    @Test
    void shouldAskRequirementsOfEveryClassForAPassingTest() {
        GateResult result = evaluate(complete()
                .item(softwareItem("MED-40", "B"))
                .item(of("MED-1", "MED-44", ItemType.REQUIREMENT, "Approved", true))
                .item(of("MED-40", "MED-45", ItemType.REQUIREMENT, "Approved", true)));

        assertThat(findings(result, "requirements-verified"))
                .extracting(Finding::item)
                .containsExactly("MED-44", "MED-45");
    }

    @Test
    void shouldAskClosedClassCProblemReportsForRootCauseRiskEvaluationAndVerification() {
        ItemLink verified = new ItemLink("Verifies", ItemLink.Direction.INWARD, "MED-3");
        ItemLink onItem = new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1");
        GateResult result = evaluate(complete()
                .item(of("MED-1", "MED-50", ItemType.PROBLEM_REPORT, "Closed", true, "Risk Evaluation", "none"))
                .item(of("MED-1", "MED-51", ItemType.PROBLEM_REPORT, "Closed", true, "Root Cause", "overflow"))
                .item(item(
                        "MED-52",
                        ItemType.PROBLEM_REPORT,
                        "Closed",
                        true,
                        List.of(onItem, verified),
                        "Root Cause",
                        "overflow",
                        "Risk Evaluation",
                        "none"))
                .item(of(
                        "MED-1",
                        "MED-53",
                        ItemType.PROBLEM_REPORT,
                        "Closed",
                        true,
                        "Root Cause",
                        "overflow",
                        "Risk Evaluation",
                        "none"))
                .test("regression", TestOutcome.PASSED, "MED-53"));

        assertThat(findings(result, "closed-problem-reports-complete"))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "MED-50",
                                "a verification of its resolution (a passing test in this build that declares it or an"
                                        + " item linked as 'is verified by', an approved verification record, or 'Verified In' naming an earlier"
                                        + " baseline)"),
                        org.assertj.core.groups.Tuple.tuple("MED-50", "the field 'Root Cause'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "MED-51",
                                "a verification of its resolution (a passing test in this build that declares it or an"
                                        + " item linked as 'is verified by', an approved verification record, or 'Verified In' naming an earlier"
                                        + " baseline)"),
                        org.assertj.core.groups.Tuple.tuple("MED-51", "the field 'Risk Evaluation'"));
    }

    @Test
    void shouldHoldCoverageToTheThresholdsOfEachClass() {
        GateResult belowC = evaluate(complete().coverage("com.example.extra", 85, 100, 9, 10));
        GateResult missing =
                evaluate(baseline().items(softwareItem("MED-1", "B")).test("t", TestOutcome.PASSED));

        assertThat(only(belowC, "coverage").message())
                .isEqualTo("Class C code has line coverage 92.5% (185/200), below 95%");
        assertThat(only(missing, "coverage").missing()).isEqualTo("a coverage report");
    }

    /** 4.3d, 5.3.5: code mapped below the system's class with a segregation rationale is held to that class. */
    @Test
    void shouldApplyTheClassOfAPackageFromThePolicy() throws Exception {
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("policy", ".yaml");
        java.nio.file.Files.writeString(
                policy,
                "rules:\n  coverage:\n    packages:\n"
                        + "      \"com.example.log.**\": {class: A, rationale: 'separate process, read-only log pipe'}\n"
                        + "      \"com.example.ui.*\": {class: B, rationale: 'display only; the dose path re-checks'}\n");
        Baseline baseline = complete()
                .coverage("com.example.log.format", 10, 100, 0, 10)
                .coverage("com.example.ui.screen", 95, 100, 7, 10)
                .coverage("com.example.ui.screen.deep", 1, 1, 1, 1)
                .assemble();

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(baseline);

        assertThat(only(result, "coverage").message()).startsWith("Class B code has branch coverage 70.0% (7/10)");
    }

    /** 4.3d: code mapped to a lower class without a rationale is held at the system's class, and the finding says so. */
    @Test
    void shouldHoldAPackageMappedLowerWithoutARationaleAtTheSystemsClass() throws Exception {
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("policy", ".yaml");
        java.nio.file.Files.writeString(
                policy,
                "rules:\n  coverage:\n    packages: {\"com.example.log.**\": A, \"com.example.dose.**\": MED-1}\n");
        Baseline baseline =
                complete().coverage("com.example.log.format", 10, 100, 0, 10).assemble();

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(baseline);

        assertThat(findings(result, "coverage"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Class C code has line coverage 55.0% (110/200), below 95% (com.example.log.** is mapped to"
                                + " Class A without a segregation rationale, so it is held at the system's Class C"
                                + " (4.3d, 5.3.5))",
                        "Class C code has branch coverage 66.6% (20/30), below 90% (com.example.log.** is mapped to"
                                + " Class A without a segregation rationale, so it is held at the system's Class C"
                                + " (4.3d, 5.3.5))");
    }

    @Test
    void shouldWarnAboutKeysOfNoItemInScope() {
        GateResult result = evaluate(complete().test("t", TestOutcome.PASSED, "MED-999"));

        assertThat(only(result, "trace-references-known")).satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.item()).isEqualTo("MED-999");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldGiveTheSameResultForTheSameInputs() {
        assertThat(evaluate(complete().test("x", TestOutcome.FAILED, "MED-2")))
                .isEqualTo(evaluate(complete().test("x", TestOutcome.FAILED, "MED-2")));
    }

    @Test
    void shouldReportADisabledRuleAsSkipped() throws Exception {
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("policy", ".yaml");
        java.nio.file.Files.writeString(policy, "rules:\n  requirements-verified: {enabled: false}\n");

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy))
                .evaluate(complete()
                        .item(of("MED-1", "MED-44", ItemType.REQUIREMENT, "Approved", true))
                        .assemble());

        assertThat(status(result, "requirements-verified")).isEqualTo("DISABLED");
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    /** A Class C build with everything in place. */
    static BaselineBuilder complete() {
        return baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Implemented", false),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        item(
                                "MED-20",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                used(),
                                "Package URL",
                                PURL,
                                "SOUP Version",
                                "2.0",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "2.0"))
                .test("limits the dose", TestOutcome.PASSED, "MED-2", "MED-3")
                .dependency(PURL)
                .coverage("com.example.dose", 100, 100, 20, 20);
    }

    private static BaselineBuilder swapSoup(final BaselineBuilder builder, final String assessment) {
        return baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Implemented", false),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        item(
                                "MED-20",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                used(),
                                "Package URL",
                                PURL,
                                "SOUP Version",
                                "2.0",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "2.0",
                                "Vulnerability Assessment",
                                assessment))
                .test("limits the dose", TestOutcome.PASSED, "MED-2", "MED-3")
                .dependency(PURL, vulnerability("CVE-1", Severity.CRITICAL))
                .coverage("com.example.dose", 100, 100, 20, 20);
    }

    private static List<ItemLink> used() {
        return List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1"));
    }

    private static io.trace62304.item.Item soup(final String key, final String purl, final String version) {
        return item(
                key,
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "Package URL",
                purl,
                "SOUP Version",
                version,
                "SOUP Manufacturer",
                "Example Org",
                "Anomaly List Reviewed",
                "2026-11-01",
                "Anomaly List Reviewed For Version",
                version);
    }

    static GateResult evaluate(final BaselineBuilder builder) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(builder.assemble());
    }

    static List<Finding> findings(final GateResult result, final String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static Finding only(final GateResult result, final String rule) {
        List<Finding> findings = findings(result, rule);
        assertThat(findings).as("findings of %s in %s", rule, result.findings()).hasSize(1);
        return findings.get(0);
    }

    static String status(final GateResult result, final String rule) {
        return result.rules().stream()
                .filter(r -> r.id().equals(rule))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
