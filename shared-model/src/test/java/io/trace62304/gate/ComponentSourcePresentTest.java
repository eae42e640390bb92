package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.gate.ReleaseGateTest.only;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 14 (7.1.2, 8.1.2): a build without an SBOM or a dependency scan, or whose SBOMs and scans list no
 * components, must not pass the SOUP rules by having nothing to check. Fails at Class B and C, warns at Class A.
 */
class ComponentSourcePresentTest {
    private static final String PURL = "pkg:maven/org.example/lib@2.0";

    @TempDir
    Path temp;

    private static BaselineBuilder build(final String safetyClass) {
        return baseline()
                .items(
                        softwareItem("MED-1", safetyClass),
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
                .coverage("com.example.dose", 100, 100, 20, 20);
    }

    @Test
    void noSbomAndNoScanFailsAClassCBuildThatDeclaresSoup() {
        GateResult result = evaluate(build("C"));

        assertThat(only(result, "component-source-present")).satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.clause()).isEqualTo("7.1.2, 8.1.2; QMS criterion at Class A");
            assertThat(f.item()).isEqualTo("components of the build");
            assertThat(f.missing()).isEqualTo("an SBOM (--cyclonedx) or a dependency scan (--dependency-check)");
            assertThat(f.message())
                    .isEqualTo("no SBOM and no dependency scan was given, so the components of the build are"
                            + " unknown and the 1 declared SOUP item(s) cannot be checked against it: the SOUP of a"
                            + " Class C build cannot be shown identified");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void noSbomAndNoScanFailsAClassBBuildThatDeclaresNoSoup() {
        GateResult result = evaluate(baseline()
                .items(softwareItem("MED-1", "B"), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                .test("computes the rate", TestOutcome.PASSED, "MED-3")
                .coverage("com.example.dose", 100, 100, 20, 20));

        assertThat(only(result, "component-source-present").message()).contains("no SOUP item is declared");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void noSbomAndNoScanOnlyWarnsAtClassA() {
        GateResult result = evaluate(build("A"));

        assertThat(only(result, "component-source-present")).satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.clause()).isEqualTo("7.1.2, 8.1.2; QMS criterion at Class A");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.belowMinimum()).isEmpty();
    }

    @Test
    void aScanListingTheComponentsSatisfiesTheRule() {
        GateResult result = evaluate(build("C").dependency(PURL));

        assertThat(findings(result, "component-source-present")).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void anSbomThatListsNoComponentsIsAFindingNotACleanBill() throws ReportException {
        Path sbom = Fixtures.of("cyclonedx-no-components.json");
        GateResult result = evaluate(build("C").dependency(PURL).sbom(new CycloneDxParser().parse(sbom)));

        assertThat(only(result, "component-source-present")).satisfies(f -> {
            assertThat(f.item()).isEqualTo(sbom.toString());
            assertThat(f.message())
                    .isEqualTo("cyclonedx report " + sbom
                            + " lists no components: an empty component list is not a clean bill");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aScanThatListsNoDependenciesIsAFindingNotACleanBill() throws ReportException {
        Path scan = Fixtures.of("dependency-check-no-dependencies.json");
        GateResult result = evaluate(baseline()
                .items(softwareItem("MED-1", "B"), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                .test("computes the rate", TestOutcome.PASSED, "MED-3")
                .coverage("com.example.dose", 100, 100, 20, 20)
                .scan(new DependencyCheckJsonParser().parse(scan)));

        assertThat(only(result, "component-source-present").message())
                .startsWith("dependency-check report " + scan + " lists no components");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void warningAtClassBIsADowngradeTheOutputsName() throws IOException, ReportException {
        GateResult result = evaluateUnder("rules:\n  component-source-present: {warnAt: [A, B]}\n", build("B"));

        assertThat(only(result, "component-source-present").level()).isEqualTo(Level.WARNING);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.belowMinimumLines())
                .containsExactly("policy below the IEC 62304 A1:2015 minimum for Class B, C: component-source-present"
                        + " warnAt: B (a build without a component list only warns at a class Table A.1 requires it"
                        + " for)");
    }

    @Test
    void failingAtClassAIsThePolicysChoice() throws IOException, ReportException {
        GateResult result = evaluateUnder("rules:\n  component-source-present: {warnAt: []}\n", build("A"));

        assertThat(only(result, "component-source-present").level()).isEqualTo(Level.FAIL);
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void shouldRefuseAWarnAtThatIsNoSafetyClass() throws IOException {
        Path policy = Files.writeString(temp.resolve("p.yaml"), "rules:\n  component-source-present: {warnAt: [D]}\n");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> new PolicyLoader().load(policy))
                .withMessageContaining("/rules/component-source-present")
                .withMessageContaining("warnAt lists safety classes, not 'D'");
    }

    private GateResult evaluateUnder(final String policy, final BaselineBuilder build)
            throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("policy.yaml"), policy);
        return new ReleaseGate(new PolicyLoader().load(file)).evaluate(build.assemble());
    }
}
