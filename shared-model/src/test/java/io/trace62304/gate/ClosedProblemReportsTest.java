package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clause 9 on closed problem reports (9.2, 9.2d, 9.5, 9.7, 9.8), each test written as the standard's requirement:
 * a closed report records its risk evaluation and either its root cause and a verification that passed (in this
 * build or in a named earlier baseline), or the rationale for taking no action.
 */
class ClosedProblemReportsTest {
    private static final String RULE = "closed-problem-reports-complete";

    @TempDir
    Path temp;

    /** A software system of the given class with one requirement verified by a passing test. */
    private static BaselineBuilder system(final String safetyClass) {
        return baseline()
                .items(softwareItem("MED-1", safetyClass), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                .test("computes the rate", TestOutcome.PASSED, "MED-3");
    }

    private static Item closed(final String key, final String... fields) {
        return of("MED-1", key, ItemType.PROBLEM_REPORT, "Closed", true, fields);
    }

    private static GateResult evaluate(final BaselineBuilder build, final Optional<SealedBaseline> previous) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(build.assemble(), previous);
    }

    private static GateResult evaluate(final BaselineBuilder build) {
        return evaluate(build, Optional.empty());
    }

    @Test
    void aClosedClassBProblemReportWithoutARiskEvaluationFailsTheGate() {
        GateResult result = evaluate(system("B")
                .item(closed("MED-50", "Root Cause", "rate rounded up"))
                .test("rounds the rate down", TestOutcome.PASSED, "MED-50"));

        assertThat(findings(result, RULE)).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("MED-50");
            assertThat(f.missing()).isEqualTo("the field 'Risk Evaluation'");
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.citation()).isEqualTo("IEC 62304 9.2, 9.5, 9.7, 9.8");
            assertThat(f.message())
                    .isEqualTo("MED-50 (Software Problem Report, Class B, status 'Closed') is closed without the field"
                            + " 'Risk Evaluation'; 9.2 asks that the problem's relevance to safety be evaluated"
                            + " through risk management and the outcome recorded (9.5)");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    /** The same requirement under both classification profiles; the finding names the class in the edition's terms. */
    @ParameterizedTest
    @CsvSource({"iec62304-2006-a1-2015, Class B", "iec62304-ed2-draft, rigour level II"})
    void aClosedProblemReportOfClassBSoftwareWithoutARiskEvaluationFailsUnderEitherProfile(
            final String profile, final String named) throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"), "policy: trace62304-policy/1\nclassification: " + profile + "\n");
        BaselineBuilder build = system("B")
                .item(closed("MED-50", "Root Cause", "rate rounded up"))
                .test("rounds the rate down", TestOutcome.PASSED, "MED-50");

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(build.assemble());

        assertThat(findings(result, RULE))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("MED-50 (Software Problem Report, " + named + ", status 'Closed') is closed"
                                + " without the field 'Risk Evaluation'"));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aClosedProblemReportWithRootCauseRiskEvaluationAndATestThatPassedInThisBuildPasses() {
        GateResult result = evaluate(system("C")
                .item(closed("MED-50", "Root Cause", "rate rounded up", "Risk Evaluation", "over-infusion, fixed"))
                .test("rounds the rate down", TestOutcome.PASSED, "MED-50"));

        assertThat(findings(result, RULE)).isEmpty();
    }

    @Test
    void aClosedProblemReportIsVerifiedByTheTestsOfTheItemLinkedAsItsVerification() {
        Item report = item(
                "MED-50",
                ItemType.PROBLEM_REPORT,
                "Closed",
                true,
                List.of(
                        new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1"),
                        new ItemLink("Verifies", ItemLink.Direction.INWARD, "MED-3")),
                "Root Cause",
                "overflow",
                "Risk Evaluation",
                "none");

        assertThat(findings(evaluate(system("C").item(report)), RULE)).isEmpty();
        assertThat(findings(evaluate(system("C").item(report).test("rejects zero", TestOutcome.FAILED, "MED-3")), RULE))
                .extracting(Finding::missing)
                .containsExactly("a passing verification (a test verifying its resolution failed in this build)");
    }

    @Test
    void aVerifiesLinkFromAnItemWhoseTestsDidNotPassIsNoVerificationOfTheResolution() {
        Item report = item(
                "MED-50",
                ItemType.PROBLEM_REPORT,
                "Closed",
                true,
                List.of(
                        new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1"),
                        new ItemLink("Verifies", ItemLink.Direction.INWARD, "MED-60")),
                "Root Cause",
                "overflow",
                "Risk Evaluation",
                "none");

        assertThat(findings(evaluate(system("C").item(report)), RULE))
                .extracting(Finding::missing)
                .containsExactly(
                        "a verification of its resolution (a passing test in this build that declares it or"
                                + " an item linked as 'is verified by', an approved verification record, or 'Verified In' naming an earlier baseline)");
    }

    @Test
    void aFlakyTestOfTheResolutionIsNoVerification() {
        GateResult result = evaluate(system("C")
                .item(closed("MED-50", "Root Cause", "overflow", "Risk Evaluation", "none"))
                .flakyTest("rounds the rate down", "MED-50"));

        assertThat(findings(result, RULE))
                .extracting(Finding::missing)
                .containsExactly("a passing verification (a test verifying its resolution failed, then passed on a"
                        + " rerun, in this build)");
    }

    @Test
    void aResolutionVerifiedInTheNamedPreviousBaselinePasses() {
        SealedBaseline previous = previousRelease(TestOutcome.PASSED);
        BaselineBuilder now = system("C")
                .item(closed(
                        "MED-50",
                        "Root Cause",
                        "overflow",
                        "Risk Evaluation",
                        "none",
                        "Verified In",
                        previous.digest()));

        assertThat(findings(evaluate(now, Optional.of(previous)), RULE)).isEmpty();
    }

    @Test
    void aResolutionVerifiedInThePreviousBuildItsFixedInBuildNamesPasses() {
        SealedBaseline previous = previousRelease(TestOutcome.PASSED);
        BaselineBuilder now = system("C")
                .item(closed(
                        "MED-50", "Root Cause", "overflow", "Risk Evaluation", "none", "Fixed In Build", "pump #41"));

        assertThat(findings(evaluate(now, Optional.of(previous)), RULE)).isEmpty();
    }

    @Test
    void aResolutionWhoseTestFailedInTheNamedBaselineFailsTheGate() {
        SealedBaseline previous = previousRelease(TestOutcome.FAILED);
        BaselineBuilder now = system("C")
                .item(closed("MED-50", "Root Cause", "overflow", "Risk Evaluation", "none", "Verified In", "41"));

        assertThat(findings(evaluate(now, Optional.of(previous)), RULE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.FAIL);
                    assertThat(f.missing())
                            .isEqualTo("a passing verification in the earlier baseline ('Verified In' names '41': "
                                    + previous.digest() + ", build 41, where its verification was FAILED)");
                });
    }

    @Test
    void anEarlierVerificationThatCannotBeCheckedFailsAClassBReleaseAndWarnsAtClassA() {
        BaselineBuilder classB = system("B")
                .item(closed(
                        "MED-50",
                        "Root Cause",
                        "overflow",
                        "Risk Evaluation",
                        "none",
                        "Verified In",
                        "sha256:" + "ab".repeat(32)));
        BaselineBuilder classA = system("A")
                .item(closed("MED-50", "Root Cause", "overflow", "Risk Evaluation", "none", "Verified In", "pump #7"));

        GateResult b = evaluate(classB, Optional.of(previousRelease(TestOutcome.PASSED)));
        GateResult a = evaluate(classA);

        assertThat(findings(b, RULE)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.missing())
                    .startsWith("a verification that can be checked ('Verified In' names 'sha256:abab")
                    .contains("which is not the previous baseline given, sha256:");
        });
        assertThat(b.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(findings(a, RULE)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.missing())
                    .isEqualTo("a verification that can be checked ('Verified In' names 'pump #7', but no previous"
                            + " baseline was given to check it against)");
            assertThat(f.message()).endsWith("(a warning at Class A)");
        });
        assertThat(a.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void verifiedInNamingThisBuildWithoutAPassingTestFailsTheGate() {
        GateResult result = evaluate(system("C")
                .item(closed("MED-50", "Root Cause", "overflow", "Risk Evaluation", "none", "Verified In", "#42")));

        assertThat(findings(result, RULE))
                .extracting(Finding::missing)
                .containsExactly("a verification of its resolution ('Verified In' names '#42', this build, where no"
                        + " test verifying it passed)");
    }

    @Test
    void aProblemReportClosedWithoutActionNeedsARationaleInsteadOfARootCauseAndAVerification() {
        GateResult result = evaluate(system("C")
                .item(closed("MED-50", "Resolution", "Won't Fix", "Risk Evaluation", "cosmetic"))
                .item(closed(
                        "MED-51",
                        "Resolution",
                        "works as designed",
                        "Risk Evaluation",
                        "none",
                        "No Action Rationale",
                        "the rate display rounds by design (SRS-12)"))
                .item(closed("MED-52", "Resolution", "Fixed", "Risk Evaluation", "none")));

        assertThat(findings(result, RULE))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(
                        tuple("MED-50", "the field 'No Action Rationale'"),
                        tuple(
                                "MED-52",
                                "a verification of its resolution (a passing test in this build that declares it or an"
                                        + " item linked as 'is verified by', an approved verification record, or 'Verified In' naming an earlier"
                                        + " baseline)"),
                        tuple("MED-52", "the field 'Root Cause'"));
        assertThat(findings(result, RULE).get(0).message())
                .endsWith("is closed as 'Won't Fix' without the field 'No Action Rationale'; 9.2d asks for the"
                        + " rationale for taking no action");
    }

    @Test
    void theResolutionsThatCloseWithoutActionArePolicyData() throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"),
                "rules:\n  closed-problem-reports-complete: {withoutAction: [Rejected by CCB]}\n");
        BaselineBuilder build = system("C")
                .item(closed(
                        "MED-50",
                        "Resolution",
                        "Rejected by CCB",
                        "Risk Evaluation",
                        "none",
                        "No Action Rationale",
                        "duplicate of MED-49"));

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(build.assemble());

        assertThat(findings(result, RULE)).isEmpty();
        assertThat(findings(evaluate(build), RULE)).extracting(Finding::missing).contains("the field 'Root Cause'");
    }

    @Test
    void aWithoutActionListThatIsNotAListIsRefusedNamingTheSetting() throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"), "rules:\n  closed-problem-reports-complete: {withoutAction: Duplicate}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PolicyLoader().load(policy))
                .hasMessageContaining("/rules/closed-problem-reports-complete/withoutAction");
    }

    /** The release build 41 whose gate recorded the fix of MED-50 verified by a test with the given outcome. */
    private static SealedBaseline previousRelease(final TestOutcome outcome) {
        BuildInfo build41 = new BuildInfo(
                "pump",
                "41",
                "https://ci.example/job/pump/41/",
                BaselineBuilder.IDENTIFIED.revisions(),
                List.of(),
                List.of());
        return new BaselineCodec()
                .seal(system("C")
                        .build(build41)
                        .item(of("MED-1", "MED-50", ItemType.PROBLEM_REPORT, "Verifying", false))
                        .test("rounds the rate down", outcome, "MED-50")
                        .assemble());
    }
}
