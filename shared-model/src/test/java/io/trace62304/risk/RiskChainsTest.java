package io.trace62304.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hazard → cause → risk control → implementation → test chain (7.3.3) read from a baseline, with its gaps. */
public class RiskChainsTest {
    /**
     * MED-1 (software item, C) causes hazard MED-10 (serious), mitigated by MED-20, implemented by requirement MED-30
     * of MED-1; MED-20 passes its test, MED-30 fails one. Hazard MED-11 has nothing; MED-21 mitigates nothing.
     */
    public static Baseline baseline() {
        return BaselineBuilder.baseline()
                .item(BaselineBuilder.item(
                        "MED-1",
                        ItemType.SOFTWARE_ITEM,
                        "Approved",
                        true,
                        List.of(new ItemLink("Causes", Direction.OUTWARD, "MED-10")),
                        "Safety Class",
                        "C"))
                .item(BaselineBuilder.item(
                        "MED-10", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "Serious injury"))
                .item(BaselineBuilder.item(
                        "MED-11", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "minor"))
                .item(BaselineBuilder.item(
                        "MED-20",
                        ItemType.RISK_CONTROL,
                        "Approved",
                        true,
                        List.of(
                                new ItemLink("Mitigates", Direction.OUTWARD, "MED-10"),
                                new ItemLink("Implements", Direction.INWARD, "MED-30"))))
                .item(BaselineBuilder.item("MED-21", ItemType.RISK_CONTROL, "Approved", true, List.of()))
                .item(BaselineBuilder.of("MED-1", "MED-30", ItemType.REQUIREMENT, "Approved", true))
                .test("alarm sounds", TestOutcome.PASSED, "MED-20")
                .test("limit enforced", TestOutcome.FAILED, "MED-30")
                .test("limit logged", TestOutcome.PASSED, "MED-30")
                .assemble();
    }

    @Test
    void shouldFollowEachHazardToItsCauseControlsImplementersAndTestOutcomes() {
        RiskChain chain = RiskChains.of(baseline());

        assertThat(chain.hazards()).extracting(h -> h.hazard().key()).containsExactly("MED-10", "MED-11");
        HazardChain first = chain.hazards().get(0);
        assertThat(first.severity()).contains("serious injury or death");
        assertThat(first.causes()).extracting(c -> c.key()).containsExactly("MED-1");
        assertThat(first.gaps()).isEmpty();
        ControlChain control = first.controls().get(0);
        assertThat(control.control().item().key()).isEqualTo("MED-20");
        assertThat(control.control().tests()).isEqualTo(new TestTally(1, 0, 0, 0, 0));
        assertThat(control.control().gaps()).isEmpty();
        assertThat(control.control().item().safetyClass()).isEqualTo("C");
        assertThat(control.control().item().classBasis()).isNotBlank();
        assertThat(control.implementers()).extracting(i -> i.item().key()).containsExactly("MED-30");
        ChainLink requirement = control.implementers().get(0);
        assertThat(requirement.tests().describe()).isEqualTo("1 passed, 1 failed");
        assertThat(requirement.gaps()).containsExactly(ChainGap.TEST_FAILING);
        assertThat(first.hasGap()).isTrue();
    }

    @Test
    void shouldNameTheGapsOfAHazardWithoutControlOrCauseAndOfAControlWithoutHazardOrImplementation() {
        RiskChain chain = RiskChains.of(baseline());

        HazardChain bare = chain.hazards().get(1);
        assertThat(bare.gaps()).containsExactly(ChainGap.NO_RISK_CONTROL, ChainGap.NO_CAUSE);
        assertThat(chain.hazardsWithGaps()).isEqualTo(2);
        assertThat(chain.unattachedControls()).hasSize(1);
        ChainLink orphan = chain.unattachedControls().get(0).control();
        assertThat(orphan.item().key()).isEqualTo("MED-21");
        assertThat(orphan.gaps())
                .containsExactly(ChainGap.MITIGATES_NO_HAZARD, ChainGap.NOT_IMPLEMENTED, ChainGap.NOT_VERIFIED);
        assertThat(ChainGap.NO_RISK_CONTROL.describe())
                .isEqualTo("no risk control mitigates this hazard (IEC 62304 7.2.1)");
    }

    @Test
    void shouldReadALinkWrittenOnEitherSide() {
        Baseline oneSided = BaselineBuilder.baseline()
                .item(BaselineBuilder.item("MED-10", ItemType.HAZARD, "Open", false, List.of()))
                .item(BaselineBuilder.item(
                        "MED-20",
                        ItemType.RISK_CONTROL,
                        "Approved",
                        true,
                        List.of(new ItemLink("Mitigates", Direction.OUTWARD, "MED-10"))))
                .assemble();

        assertThat(RiskChains.of(oneSided).hazards().get(0).controls())
                .extracting(c -> c.control().item().key())
                .containsExactly("MED-20");
        assertThat(RiskChains.of(oneSided).unattachedControls()).isEmpty();
    }
}
