package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.gate.ReleaseGateTest.only;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.testing.BaselineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default policy against IEC 62304:2006+A1:2015 Table A.1: since Amendment 1, 5.7 and Clause 9 apply to
 * Class A too. Each test reads as the standard's requirement; a policy below the floor still decides and says so.
 */
class TableA1DefaultsTest {
    @TempDir
    Path temp;

    private static final String PURL = "pkg:maven/org.example/lib@2.0";

    /**
     * A Class A software system with one approved requirement verified by a passing test, and a dependency scan
     * listing its one SOUP component.
     */
    private static BaselineBuilder classA() {
        return baseline()
                .items(
                        softwareItem("MED-1", "A"),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        of(
                                "MED-1",
                                "MED-20",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
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
                .test("computes the rate", TestOutcome.PASSED, "MED-3")
                .dependency(PURL);
    }

    @Test
    void aCompleteClassAReleasePassesTheDefaults() {
        GateResult result = evaluate(classA());

        assertThat(result.findings()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.belowMinimum()).isEmpty();
    }

    @Test
    void anUntestedClassASoftwareRequirementFailsAClassARelease() {
        GateResult result = evaluate(classA().item(of("MED-1", "MED-4", ItemType.REQUIREMENT, "Approved", true)));

        assertThat(only(result, "requirements-verified")).satisfies(f -> {
            assertThat(f.item()).isEqualTo("MED-4");
            assertThat(f.clause()).isEqualTo("5.7.1, 5.7.4a, 5.7.4b");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFailingTestOfAClassARequirementFailsAClassARelease() {
        GateResult result = evaluate(classA().test("rejects zero", TestOutcome.FAILED, "MED-3"));

        assertThat(only(result, "failing-tests")).satisfies(f -> {
            assertThat(f.item()).isEqualTo("com.example.PumpTest.rejects zero");
            assertThat(f.clause()).isEqualTo("5.6.8, 5.7.2, 5.7.4c, 5.8.1");
        });
        assertThat(only(result, "requirements-verified").missing()).contains("a verifying test failed");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aClosedClassAProblemReportWithoutRootCauseRiskEvaluationOrVerificationFailsAClassARelease() {
        GateResult result = evaluate(classA().item(of("MED-1", "MED-50", ItemType.PROBLEM_REPORT, "Closed", true)));

        assertThat(findings(result, "closed-problem-reports-complete"))
                .allSatisfy(f -> {
                    assertThat(f.item()).isEqualTo("MED-50");
                    assertThat(f.clause()).isEqualTo("9.2, 9.5, 9.7, 9.8");
                    assertThat(f.level()).isEqualTo(Level.FAIL);
                })
                .extracting(Finding::missing)
                .containsExactly(
                        "a verification of its resolution (a passing test in this build that declares it or an item"
                                + " linked as 'is verified by', an approved verification record, or 'Verified In' naming an earlier baseline)",
                        "the field 'Risk Evaluation'",
                        "the field 'Root Cause'");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void theDefaultsAreNotBelowTheTableA1Floor() {
        assertThat(TableA1.belowMinimum(new PolicyLoader().defaults())).isEmpty();
    }

    @Test
    void aPolicyThatDisablesARequiredRuleStillDecidesAndSaysItIsBelowTheMinimum() throws Exception {
        GateResult result = evaluateUnder(
                "rules:\n  requirements-verified: {enabled: false}\n",
                classA().item(of("MED-1", "MED-4", ItemType.REQUIREMENT, "Approved", true)));

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.belowMinimumLines())
                .containsExactly(
                        "policy below the IEC 62304 A1:2015 minimum for Class A, B, C: requirements-verified disabled");
    }

    @Test
    void aPolicyThatLeavesOutClassesSaysForWhichClassesItIsBelowTheMinimum() throws Exception {
        GateResult result = evaluateUnder(
                "rules:\n"
                        + "  requirements-verified: {classes: [C]}\n"
                        + "  closed-problem-reports-complete: {classes: [B, C]}\n"
                        + "  failing-tests: {severity: warning}\n"
                        + "  vulnerabilities-assessed: {minimumSeverity: high}\n",
                classA());

        assertThat(result.belowMinimumLines())
                .containsExactly(
                        "policy below the IEC 62304 A1:2015 minimum for Class B, C: vulnerabilities-assessed"
                                + " skips vulnerabilities below high (minimumSeverity: high)",
                        "policy below the IEC 62304 A1:2015 minimum for Class A, B, C: failing-tests only warns"
                                + " (severity: warning)",
                        "policy below the IEC 62304 A1:2015 minimum for Class A, B: requirements-verified not applied"
                                + " (classes C)",
                        "policy below the IEC 62304 A1:2015 minimum for Class A: closed-problem-reports-complete"
                                + " not applied (classes B, C)");
    }

    @Test
    void aPolicyStricterThanTheFloorIsNotBelowIt() throws Exception {
        GateResult result = evaluateUnder("rules:\n  risk-controls-verified: {classes: [A, B, C]}\n", classA());

        assertThat(result.belowMinimum()).isEmpty();
        assertThat(clause(result, "risk-controls-verified")).isEqualTo("7.3.1; QMS criterion at Class A");
    }

    @Test
    void everyRuleCitesTheClauseItServesOrSaysItIsAQmsCriterion() {
        GateResult result = evaluate(classA());

        for (RuleResult rule : result.rules()) {
            if (TableA1.required(rule.id()).isEmpty()) {
                assertThat(rule.clause()).as(rule.id()).startsWith("QMS criterion");
            } else {
                assertThat(rule.clause()).as(rule.id()).matches("[0-9].*");
            }
        }
    }

    @Test
    void checksBeyondTheStandardAreLabelledQmsCriteria() {
        GateResult result = evaluate(classA());

        assertThat(clause(result, "coverage")).startsWith("QMS criterion").contains("5.5.3");
        assertThat(clause(result, "anomalies-deferred")).startsWith("QMS criterion");
        assertThat(clause(result, "vulnerabilities-assessed")).isEqualTo("7.1.3; QMS criterion at Class A");
        assertThat(clause(result, "deferral-justified")).isEqualTo("9.2d, 5.8.3");
    }

    @Test
    void aCoverageFindingSaysItIsAQmsCriterionNotA62304Percentage() {
        GateResult result = evaluate(baseline()
                .items(softwareItem("MED-1", "B"))
                .test("t", TestOutcome.PASSED)
                .coverage("com.example", 10, 100, 1, 10));

        assertThat(findings(result, "coverage"))
                .allSatisfy(f -> assertThat(f.clause()).startsWith("QMS criterion"));
    }

    private GateResult evaluateUnder(final String policy, final BaselineBuilder build)
            throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("policy.yaml"), policy);
        return new ReleaseGate(new PolicyLoader().load(file)).evaluate(build.assemble());
    }

    private static String clause(final GateResult result, final String rule) {
        return result.rules().stream()
                .filter(r -> r.id().equals(rule))
                .findFirst()
                .orElseThrow()
                .clause();
    }
}
