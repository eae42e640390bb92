package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.gate.ReleaseGateTest.only;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static io.trace62304.testing.BaselineBuilder.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 5.8.2, 5.8.3, 7.1.3 (review M16): an exploitable vulnerability below the blocking severities, and every one at
 * Class A, is a residual anomaly that needs a risk evaluation before release.
 */
class VulnerabilitiesEvaluatedTest {
    private static final String PURL = "pkg:maven/org.apache.commons/commons-text@1.9";
    private static final String CVE = "CVE-2022-42889";

    private static BaselineBuilder release(final String safetyClass, final Severity severity) {
        return baseline()
                .items(
                        softwareItem("MED-1", safetyClass),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        item(
                                "MED-40",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1")),
                                "Package URL",
                                PURL,
                                "SOUP Version",
                                "1.9",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "1.9",
                                "Vulnerability Assessment",
                                CVE + ": exploitable - reachable from log input"))
                .test("computes the rate", TestOutcome.PASSED, "MED-3")
                .dependency(PURL, vulnerability(CVE, severity))
                .coverage("com.example.dose", 100, 100, 20, 20);
    }

    private static Item evaluation(final String status, final boolean done, final String riskEvaluation) {
        return new Item(
                "MED-65",
                ItemType.PROBLEM_REPORT,
                CVE + ": Commons Text interpolation reachable from log input",
                status,
                done,
                "",
                riskEvaluation.isEmpty()
                        ? Map.of(ItemField.DEFERRAL_JUSTIFICATION, "upgrade in 1.5")
                        : Map.of(
                                ItemField.RISK_EVALUATION,
                                riskEvaluation,
                                ItemField.DEFERRAL_JUSTIFICATION,
                                "upgrade in 1.5"),
                List.of(new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1")));
    }

    @Test
    void anExploitableMediumVulnerabilityInAClassBReleaseFailsTheGateUnlessAnOpenReportRecordsItsRiskEvaluation() {
        GateResult unevaluated = evaluate(release("B", Severity.MEDIUM));
        GateResult evaluated =
                evaluate(release("B", Severity.MEDIUM).item(evaluation("Deferred", false, "log input is trusted")));

        assertThat(only(unevaluated, "vulnerabilities-evaluated")).satisfies(f -> {
            assertThat(f.clause()).isEqualTo("5.8.2, 5.8.3, 7.1.3; QMS criterion at Class A");
            assertThat(f.missing()).isEqualTo("a risk evaluation of " + CVE);
            assertThat(f.message())
                    .isEqualTo(CVE + " (medium) in commons-text 1.9 is assessed as exploitable and no open problem"
                            + " report naming " + CVE + " in its summary records a 'Risk Evaluation'");
        });
        assertThat(findings(unevaluated, "exploitable-vulnerabilities")).isEmpty();
        assertThat(unevaluated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(findings(evaluated, "vulnerabilities-evaluated")).isEmpty();
        assertThat(evaluated.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void everyExploitableVulnerabilityInAClassAReleaseNeedsARiskEvaluationAsAQmsCriterion() {
        GateResult critical = evaluate(release("A", Severity.CRITICAL));
        GateResult evaluated =
                evaluate(release("A", Severity.CRITICAL).item(evaluation("Deferred", false, "log input is trusted")));

        assertThat(only(critical, "vulnerabilities-evaluated").clause())
                .isEqualTo("5.8.2, 5.8.3, 7.1.3; QMS criterion at Class A");
        assertThat(critical.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(findings(evaluated, "vulnerabilities-evaluated")).isEmpty();
        assertThat(findings(evaluated, "exploitable-vulnerabilities")).isEmpty();
    }

    @Test
    void aReportWithoutARiskEvaluationOrAClosedOneDoesNotEvaluateIt() {
        assertThat(findings(
                        evaluate(release("C", Severity.LOW).item(evaluation("Deferred", false, ""))),
                        "vulnerabilities-evaluated"))
                .hasSize(1);
        assertThat(findings(
                        evaluate(release("C", Severity.LOW).item(evaluation("Closed", true, "log input is trusted"))),
                        "vulnerabilities-evaluated"))
                .hasSize(1);
    }

    @Test
    void aBlockingSeverityStillBlocksAtClassCWhenEvaluated() {
        GateResult result =
                evaluate(release("C", Severity.CRITICAL).item(evaluation("Deferred", false, "log input is trusted")));

        assertThat(findings(result, "vulnerabilities-evaluated")).isEmpty();
        assertThat(findings(result, "exploitable-vulnerabilities")).hasSize(1);
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aPolicyThatDoesNotCheckItAtClassBIsBelowTheFloor() throws Exception {
        java.nio.file.Path policy = java.nio.file.Files.createTempFile("policy", ".yaml");
        java.nio.file.Files.writeString(policy, "rules:\n  vulnerabilities-evaluated: {classes: [C]}\n");

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy))
                .evaluate(release("B", Severity.MEDIUM).assemble());

        assertThat(findings(result, "vulnerabilities-evaluated")).isEmpty();
        assertThat(result.belowMinimumLines())
                .containsExactly("policy below the IEC 62304 A1:2015 minimum for Class B: vulnerabilities-evaluated"
                        + " not applied (classes C)");
    }
}
