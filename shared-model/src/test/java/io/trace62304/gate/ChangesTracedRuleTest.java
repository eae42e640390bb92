package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.complete;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ChangeRecord;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes since the previous release traced to the items they implement (QMS criterion for 8.2.1, 8.2.4). */
class ChangesTracedRuleTest {
    private static final ReleaseIdentity RELEASE = new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "pump", "1.4.0");

    private static GateResult evaluate(final Baseline baseline) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(baseline);
    }

    private static Baseline release(final BaselineBuilder builder, final List<ChangeRecord> changes) {
        Baseline b = builder.build(BaselineBuilder.IDENTIFIED.as(RELEASE))
                .previous("sha256:" + "0".repeat(64))
                .assemble();
        return new Baseline(
                b.schema(),
                b.build(),
                b.itemSource(),
                b.inputs(),
                b.items(),
                b.soup(),
                b.tests(),
                b.coverage(),
                b.gate(),
                b.previousDigest(),
                changes,
                b.vulnerabilityData());
    }

    @Test
    void aCommitThatNamesNoItemInScopeIsReported() {
        GateResult result = evaluate(release(
                complete().input("commits.txt", "commits", "ab".repeat(32)),
                List.of(
                        new ChangeRecord("3f1c0a9e2b7d", "MED-2: clamp the rate", List.of("MED-2")),
                        new ChangeRecord("a1b2c3d4e5f6a7", "quick fix", List.of()),
                        new ChangeRecord("0badc0ffee11", "OTHER-9 elsewhere", List.of("OTHER-9")))));

        assertThat(findings(result, "changes-traced"))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "commit a1b2c3d4e5f6 ('quick fix') names no issue key",
                        "commit 0badc0ffee11 ('OTHER-9 elsewhere') names no item in scope [OTHER-9]");
        assertThat(findings(result, "changes-traced")).allSatisfy(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.clause()).startsWith("QMS criterion (supports 8.2.1, 8.2.4");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aReleaseAfterAPreviousReleaseWithoutACommitListIsNoted() {
        GateResult result = evaluate(release(complete(), List.of()));

        assertThat(findings(result, "changes-traced"))
                .extracting(Finding::missing)
                .containsExactly("the commits since the previous release");
    }

    @Test
    void aFirstReleaseOrACiRunNeedsNoCommitList() {
        assertThat(findings(
                        evaluate(complete()
                                .build(BuildInfo.unnamed().as(RELEASE))
                                .assemble()),
                        "changes-traced"))
                .isEmpty();
        assertThat(findings(
                        evaluate(complete().previous("sha256:" + "1".repeat(64)).assemble()), "changes-traced"))
                .isEmpty();
    }
}
