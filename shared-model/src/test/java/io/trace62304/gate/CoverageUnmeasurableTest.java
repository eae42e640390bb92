package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.coverage.JacocoParser;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 15: coverage that cannot be measured (a JaCoCo report without counters, with every counter 0/0,
 * or without the LINE and BRANCH counters the thresholds name) never meets a threshold: the rule fails.
 */
class CoverageUnmeasurableTest {
    private static BaselineBuilder classC(final String jacoco) throws ReportException {
        return baseline()
                .items(softwareItem("MED-1", "C"))
                .test("limits the dose", TestOutcome.PASSED)
                .coverage(new JacocoParser().parse(Fixtures.of(jacoco)));
    }

    @Test
    void aReportWithoutCountersFailsTheThresholds() throws ReportException {
        GateResult result = evaluate(classC("jacoco-no-counters.xml"));

        assertThat(findings(result, "coverage")).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.missing()).isEqualTo("a coverage report that measured the code");
            assertThat(f.message())
                    .contains("jacoco-no-counters.xml")
                    .contains("measured nothing")
                    .endsWith("Class C {\"line\":95,\"branch\":90} need coverage thresholds checked");
        });
        assertThat(result.verdict()).isNotEqualTo(Verdict.PASS);
    }

    @Test
    void aReportWhoseCountersAreAllZeroFailsTheThresholds() throws ReportException {
        GateResult result = evaluate(classC("jacoco-zero-counters.xml"));

        assertThat(findings(result, "coverage"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("measured nothing"));
        assertThat(result.verdict()).isNotEqualTo(Verdict.PASS);
    }

    @Test
    void aReportWithoutLineAndBranchCountersCannotMeetLineAndBranchThresholds() throws ReportException {
        GateResult result = evaluate(classC("jacoco-instruction-only.xml"));

        assertThat(findings(result, "coverage"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Class C code has no line counter above 0/0 in the coverage reports, so its line coverage"
                                + " cannot be measured against 95%",
                        "Class C code has no branch counter above 0/0 in the coverage reports, so its branch"
                                + " coverage cannot be measured against 90%");
        assertThat(result.verdict()).isNotEqualTo(Verdict.PASS);
    }

    @Test
    void codeWithoutBranchesOfItsClassCannotShowBranchCoverage() {
        GateResult result = evaluate(baseline()
                .items(softwareItem("MED-1", "C"))
                .test("limits the dose", TestOutcome.PASSED)
                .coverage("com.example.dose", 100, 100, 0, 0));

        assertThat(findings(result, "coverage"))
                .extracting(Finding::message)
                .containsExactly("Class C code has no branch counter above 0/0 in the coverage reports, so its"
                        + " branch coverage cannot be measured against 90%");
    }
}
