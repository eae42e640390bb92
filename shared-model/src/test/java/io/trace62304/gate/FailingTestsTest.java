package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.complete;
import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.gate.ReleaseGateTest.only;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemType;
import io.trace62304.junit.JUnitParser;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import io.trace62304.trace.TestBinding;
import io.trace62304.trace.VerificationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5.7.2, 5.7.4c, 5.8.1, 5.8.2 under the default {@code failing-tests} (scope: all, flaky: anomaly): a failing,
 * errored or flaky test of the build is an anomaly that must be entered into problem resolution before release.
 */
class FailingTestsTest {
    private static final String UNTRACED = "com.example.PumpTest.end to end dose delivery";

    @TempDir
    Path temp;

    private static BaselineBuilder classA() {
        return baseline()
                .items(softwareItem("MED-1", "A"), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                .test("computes the rate", TestOutcome.PASSED, "MED-3");
    }

    @Test
    void aFailingUntracedTestInAClassAReleaseFailsTheGateUnlessAProblemReportDeclaresIt() {
        GateResult undeclared = evaluate(classA().test("end to end dose delivery", TestOutcome.FAILED));
        GateResult declared = evaluate(classA().test("end to end dose delivery", TestOutcome.FAILED)
                .item(of(
                        "MED-1",
                        "MED-60",
                        ItemType.PROBLEM_REPORT,
                        "Investigating",
                        false,
                        "Found By Test",
                        UNTRACED)));

        assertThat(only(undeclared, "failing-tests")).satisfies(f -> {
            assertThat(f.item()).isEqualTo(UNTRACED);
            assertThat(f.message())
                    .isEqualTo("test " + UNTRACED + " failed; no open problem report declares it (a 'Found By Test'"
                            + " field naming the test, or the test declaring the report's key)");
        });
        assertThat(undeclared.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(findings(declared, "failing-tests")).isEmpty();
        assertThat(declared.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anErroredTestTracedToAnOpenProblemReportIsADocumentedAnomaly() {
        GateResult result =
                evaluate(classA().item(of("MED-1", "MED-61", ItemType.PROBLEM_REPORT, "Investigating", false))
                        .test("reproduces MED-61", TestOutcome.ERRORED, "MED-61"));

        assertThat(findings(result, "failing-tests")).isEmpty();
    }

    @Test
    void aTestStillFailingAfterItsProblemReportWasClosedFailsTheGate() {
        GateResult result = evaluate(classA().test("end to end dose delivery", TestOutcome.FAILED)
                .item(of(
                        "MED-1",
                        "MED-62",
                        ItemType.PROBLEM_REPORT,
                        "Closed",
                        true,
                        "Found By Test",
                        "com.example.Other.x\n" + UNTRACED,
                        "Root Cause",
                        "race")));

        assertThat(only(result, "failing-tests").message())
                .endsWith("MED-62 declares it but is closed, which the failing result contradicts");
    }

    @Test
    void theProblemReportThatDeclaresAFailingTestMustItselfBeEvaluatedAtClassC() {
        GateResult result = evaluate(complete()
                .test("end to end dose delivery", TestOutcome.FAILED)
                .item(of("MED-1", "MED-63", ItemType.PROBLEM_REPORT, "Deferred", false, "Found By Test", UNTRACED)));

        assertThat(findings(result, "failing-tests")).isEmpty();
        assertThat(only(result, "anomalies-evaluated").item()).isEqualTo("MED-63");
        assertThat(only(result, "deferral-justified").item()).isEqualTo("MED-63");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlakyTestIsAnAnomalyAndDoesNotVerifyItsRequirement() {
        Baseline baseline = classA().flakyTest("rejects zero", "MED-3").assemble();
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(baseline);

        assertThat(baseline.tests().results())
                .filteredOn(t -> t.id().endsWith("rejects zero"))
                .singleElement()
                .satisfies(t -> assertThat(t.outcome()).isEqualTo(TestOutcome.FLAKY));
        assertThat(baseline.tests().flaky()).isEqualTo(1);
        assertThat(baseline.items())
                .filteredOn(i -> i.key().equals("MED-3"))
                .singleElement()
                .extracting(ItemState::verification)
                .isEqualTo(VerificationStatus.FLAKY);
        assertThat(only(result, "failing-tests").message())
                .startsWith("test com.example.PumpTest.rejects zero is flaky (failed, then passed on a rerun)");
        assertThat(only(result, "requirements-verified").missing())
                .isEqualTo("a passing verification (a verifying test failed, then passed on a rerun, in this build)");
    }

    @Test
    void aSurefireFlakyFailureIsKeptAsFlakyFromTheReportToTheBaseline() throws ReportException {
        Baseline baseline = baseline()
                .items(
                        softwareItem("PUMP-1", "C"),
                        of("PUMP-1", "PUMP-20", ItemType.REQUIREMENT, "Approved", true),
                        of("PUMP-1", "PUMP-22", ItemType.REQUIREMENT, "Approved", true))
                .tests(new JUnitParser().parse(Fixtures.of("issue12-surefire-flaky.xml")))
                .assemble();

        assertThat(baseline.tests().results())
                .extracting(TestBinding::outcome)
                .containsExactly(TestOutcome.FLAKY, TestOutcome.PASSED);
        assertThat(baseline.items())
                .extracting(ItemState::key, ItemState::verification)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("PUMP-20", VerificationStatus.FLAKY),
                        org.assertj.core.groups.Tuple.tuple("PUMP-22", VerificationStatus.VERIFIED));
    }

    /** Issue 17, point 21: a suite that failed to start is an errored test the gate sees, not a dropped one. */
    @Test
    void aSuiteThatFailedToStartIsAnErroredTestThatFailsTheGate() throws ReportException {
        GateResult result =
                evaluate(classA().tests(new JUnitParser().parse(Fixtures.of("junit-suite-level-failures.xml"))));

        assertThat(findings(result, "failing-tests"))
                .extracting(Finding::item)
                .containsExactly(
                        "com.example.pump.AlarmTest", "com.example.pump.DrugLibraryIT", "outer.PUMP-12 dose limits");
        assertThat(findings(result, "failing-tests"))
                .filteredOn(f -> f.item().equals("com.example.pump.DrugLibraryIT"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("test com.example.pump.DrugLibraryIT errored"));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void scopeTracedIsAnExplicitDowngradeThatTheOutputsName() throws Exception {
        GateResult result = evaluateUnder(
                "rules:\n  failing-tests: {scope: traced}\n",
                classA().test("end to end dose delivery", TestOutcome.FAILED));

        assertThat(findings(result, "failing-tests")).isEmpty();
        assertThat(result.belowMinimumLines())
                .containsExactly("policy below the IEC 62304 A1:2015 minimum for Class A, B, C: failing-tests scope:"
                        + " traced (a failing test that verifies no item of a checked class passes)");
    }

    @Test
    void flakyPassIsAnExplicitDowngradeThatTheOutputsName() throws Exception {
        GateResult result = evaluateUnder("rules:\n  failing-tests: {flaky: pass}\n", classA().flakyTest("again"));

        assertThat(findings(result, "failing-tests")).isEmpty();
        assertThat(result.belowMinimumLines())
                .containsExactly("policy below the IEC 62304 A1:2015 minimum for Class A, B, C: failing-tests flaky:"
                        + " pass (a test that failed, then passed on a rerun, counts as passed)");
    }

    @Test
    void shouldRefuseAnUnknownFlakySetting() throws IOException {
        Path policy = Files.writeString(temp.resolve("p.yaml"), "rules:\n  failing-tests: {flaky: ignore}\n");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> new PolicyLoader().load(policy))
                .withMessageContaining("/rules/failing-tests")
                .withMessageContaining("flaky is 'anomaly' or 'pass', not 'ignore'");
    }

    private GateResult evaluateUnder(final String policy, final BaselineBuilder build)
            throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("policy.yaml"), policy);
        return new ReleaseGate(new PolicyLoader().load(file)).evaluate(build.assemble());
    }
}
