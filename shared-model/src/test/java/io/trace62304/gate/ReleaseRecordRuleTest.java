package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.complete;
import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release record rule, written as the clauses it serves (5.8.4, 5.8.8, 5.1.10, 8.1.3). */
class ReleaseRecordRuleTest {
    private static final ReleaseIdentity RELEASE =
            new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example:pump", "1.4.0");

    private static BuildInfo build(
            final ReleaseIdentity release, final BuildInfo.TreeState tree, final List<BuildInfo.Artifact> artifacts) {
        BuildInfo identified = BaselineBuilder.IDENTIFIED;
        return new BuildInfo(
                identified.job(),
                identified.buildId(),
                identified.url(),
                List.of(new BuildInfo.VcsRevision("git@example:pump.git", "0123abcd", tree)),
                artifacts,
                identified.tools(),
                release);
    }

    private static BuildInfo build(final ReleaseIdentity release, final BuildInfo.TreeState tree) {
        return build(release, tree, BaselineBuilder.IDENTIFIED.artifacts());
    }

    @Test
    void aCompleteReleaseOfAClassCSystemPasses() {
        GateResult result = evaluate(complete().build(build(RELEASE, BuildInfo.TreeState.CLEAN)));

        assertThat(findings(result, "release-record")).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(build(RELEASE, BuildInfo.TreeState.CLEAN).title())
                .isEqualTo("release 1.4.0 of com.example:pump (pump #42)");
        assertThat(BaselineBuilder.IDENTIFIED.title()).isEqualTo("pump #42");
    }

    @Test
    void aReleaseThatDoesNotNameItsVersionFailsAtEveryClass_5_8_4() {
        ReleaseIdentity unnamed = new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example:pump", "");
        for (String safetyClass : List.of("A", "C")) {
            GateResult result = evaluate(BaselineBuilder.baseline()
                    .item(softwareItem("MED-1", safetyClass))
                    .build(build(unnamed, BuildInfo.TreeState.CLEAN)));

            assertThat(findings(result, "release-record")).singleElement().satisfies(f -> {
                assertThat(f.level()).isEqualTo(Level.FAIL);
                assertThat(f.missing()).isEqualTo("the product and version released (5.8.4)");
                assertThat(f.clause()).startsWith("5.8.4, 5.8.8");
            });
        }
    }

    @Test
    void aReleaseCandidateWithoutArtifactsFails_5_8_8() {
        ReleaseIdentity candidate = new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE_CANDIDATE, "pump", "1.4.0-rc1");
        GateResult result = evaluate(complete().build(build(candidate, BuildInfo.TreeState.CLEAN, List.of())));

        assertThat(findings(result, "release-record"))
                .extracting(Finding::message)
                .containsExactly("the release candidate records no artifact: pass --artifact for each shipped file");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aReleaseFromADirtyOrUnknownTreeFailsAtClassBAndC_butWarnsAtClassA() {
        for (BuildInfo.TreeState tree : List.of(BuildInfo.TreeState.DIRTY, BuildInfo.TreeState.UNKNOWN)) {
            GateResult classC = evaluate(complete().build(build(RELEASE, tree)));
            assertThat(findings(classC, "release-record"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.level()).isEqualTo(Level.FAIL));
            assertThat(classC.verdict()).isEqualTo(Verdict.FAIL);

            GateResult classA = evaluate(BaselineBuilder.baseline()
                    .item(softwareItem("MED-1", "A"))
                    .test("MED-1 works", io.trace62304.junit.TestOutcome.PASSED, "MED-1")
                    .build(build(RELEASE, tree)));
            assertThat(findings(classA, "release-record"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.level()).isEqualTo(Level.WARNING));
        }
    }

    @Test
    void aCiRunFromADirtyTreeOnlyWarnsAndNeedsNoVersion() {
        GateResult result =
                evaluate(complete().build(build(ReleaseIdentity.CI_RUN, BuildInfo.TreeState.DIRTY, List.of())));

        assertThat(findings(result, "release-record")).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.message()).contains("was built from a dirty (5.1.10, 8.1.3)");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }
}
