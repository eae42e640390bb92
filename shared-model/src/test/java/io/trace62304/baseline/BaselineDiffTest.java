package io.trace62304.baseline;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.evidence.BuildInfo;
import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineDiffTest {
    @Test
    void shouldExplainWhatChangedArea() {
        Baseline before = baseline()
                .items(
                        softwareItem("MED-1", "B"),
                        control("Open"),
                        hazard(),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                .test("t1", TestOutcome.PASSED, "MED-2")
                .test("t2", TestOutcome.PASSED)
                .dependency("pkg:maven/g/a@1.0")
                .dependency("pkg:maven/g/gone@3")
                .coverage("p", 80, 100, 10, 20)
                .assemble();
        Baseline after = baseline()
                .build(new BuildInfo(
                        "pump",
                        "43",
                        "",
                        java.util.List.of(new BuildInfo.VcsRevision("repo", "beef", BuildInfo.TreeState.DIRTY)),
                        java.util.List.of(),
                        java.util.List.of()))
                .items(
                        softwareItem("MED-1", "C"),
                        control("Implemented"),
                        hazard(),
                        of("MED-1", "MED-4", ItemType.REQUIREMENT, "Approved", true))
                .test("t1", TestOutcome.FAILED, "MED-2")
                .test("t3", TestOutcome.PASSED)
                .dependency("pkg:maven/g/a@1.1", BaselineBuilder.vulnerability("CVE-9", Severity.CRITICAL))
                .coverage("p", 81, 100, 10, 20)
                .assemble();

        assertThat(BaselineDiff.between(before, after))
                .extracting(BaselineChange::describe)
                .containsExactly(
                        "build id: 42 -> 43",
                        "build revisions: git@example:pump.git@0123abcd -> repo@beef (dirty)",
                        "item MED-1 safety class: B -> C",
                        "item MED-2 status: Open -> Implemented",
                        "item MED-2 safety class: B -> C",
                        "item MED-2 verification: VERIFIED -> FAILED",
                        "item MED-3: removed (was Software Requirement Approved)",
                        "item MED-4: added Software Requirement Approved",
                        "soup pkg:maven/g/a: 1.0 -> 1.1",
                        "vulnerability CVE-9 in pkg:maven/g/a: added critical, unassessed",
                        "soup pkg:maven/g/gone: removed (was 3)",
                        "test com.example.PumpTest.t1: PASSED -> FAILED",
                        "test com.example.PumpTest.t2: removed (was PASSED)",
                        "test com.example.PumpTest.t3: added PASSED",
                        "coverage line: 80.0% (80/100) -> 81.0% (81/100)");
    }

    @Test
    void shouldFindNothingBetweenEqualBaselines() {
        Baseline baseline = BaselineCodecTest.sample().assemble();

        assertThat(BaselineDiff.between(baseline, baseline)).isEmpty();
        assertThat(BaselineDiff.percent(null)).isEmpty();
    }

    /** A risk control of MED-1 for hazard MED-5, a non-serious one, so the control is B with a Class B item. */
    private static Item control(final String status) {
        return BaselineBuilder.item(
                "MED-2",
                ItemType.RISK_CONTROL,
                status,
                false,
                List.of(
                        new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1"),
                        new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "MED-5")));
    }

    private static Item hazard() {
        return BaselineBuilder.item(
                "MED-5", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "Non-serious injury");
    }
}
