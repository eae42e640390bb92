package io.trace62304.gate;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.junit.TestOutcome;
import io.trace62304.render.HtmlReport;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The release gate on classifications that must fail safe (4.3, 7.2.2), written as the standard's requirements. */
class ClassificationGateTest {
    @TempDir
    Path temp;

    /** 4.3: software written as "B/C" is Class C software, so a rule for Class C checks its requirements. */
    @Test
    void aRequirementOfSoftwareClassedBOrCIsCheckedByTheClassCRules() throws IOException, ReportException {
        GateResult result = gate(
                "rules:\n  requirements-verified: {classes: [C]}\n",
                baseline()
                        .items(
                                softwareItem("MED-1", "B/C"),
                                of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                        .test("other", TestOutcome.PASSED));

        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("requirements-verified"))
                .extracting(Finding::item)
                .containsExactly("MED-3");
    }

    /**
     * 7.2.2b: a software item that contributes to a risk control for a hazard that can cause serious injury is
     * Class C; written as Class A it fails the gate, whatever classes the release has (review C4, run F).
     */
    @Test
    void softwareImplementingARiskControlForASeriousHazardBelowClassCFailsTheGate() {
        Baseline built = baseline()
                .items(
                        softwareItem("PU-2", "A"),
                        item("PU-10", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "Serious injury"),
                        item(
                                "PU-11",
                                ItemType.RISK_CONTROL,
                                "Implemented",
                                false,
                                List.of(new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "PU-10"))),
                        item(
                                "PU-21",
                                ItemType.REQUIREMENT,
                                "Approved",
                                true,
                                List.of(
                                        new ItemLink("Implements", ItemLink.Direction.OUTWARD, "PU-11"),
                                        new ItemLink("Implements", ItemLink.Direction.INWARD, "PU-2"))))
                .test("occlusion alarm", TestOutcome.PASSED, "PU-11", "PU-21")
                .coverage("com.example.pump", 100, 100, 20, 20)
                .assemble();
        GateResult result = defaults(built);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ReleaseGateTest.only(result, "classification-consistent")).satisfies(finding -> {
            assertThat(finding.item()).isEqualTo("PU-2");
            assertThat(finding.level()).isEqualTo(Level.FAIL);
            assertThat(finding.clause()).isEqualTo("4.3, 7.2.2b");
            assertThat(finding.missing()).isEqualTo("Class C or higher, as it implements risk control PU-11");
            assertThat(finding.message()).contains("hazard PU-10 (serious injury or death)");
        });
        assertThat(built.items())
                .filteredOn(i -> i.key().equals("PU-11"))
                .singleElement()
                .satisfies(control -> assertThat(control.safetyClass()).isEqualTo("C"));
    }

    /** 7.2.2b: software at the class the controlled risk implies passes; a non-serious hazard asks for B. */
    @Test
    void softwareAtTheClassOfTheRiskItControlsPasses() {
        Baseline built = baseline()
                .items(
                        softwareItem("PU-2", "B"),
                        item(
                                "PU-10",
                                ItemType.HAZARD,
                                "Open",
                                false,
                                List.of(),
                                "Hazard Severity",
                                "Non-serious injury"),
                        item(
                                "PU-11",
                                ItemType.RISK_CONTROL,
                                "Implemented",
                                false,
                                List.of(
                                        new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "PU-10"),
                                        new ItemLink("Implements", ItemLink.Direction.INWARD, "PU-2"))))
                .test("occlusion alarm", TestOutcome.PASSED, "PU-11")
                .assemble();
        GateResult result = defaults(built);

        assertThat(ReleaseGateTest.status(result, "classification-consistent")).isEqualTo("PASS");
        assertThat(built.items())
                .filteredOn(i -> i.key().equals("PU-11"))
                .singleElement()
                .satisfies(control -> assertThat(control.safetyClass()).isEqualTo("B"));
    }

    /**
     * Issue 16: Jira chooses a workflow's rules by the written Safety Class, the gate by the derived one; a written
     * class below the derived one is a finding, so a Class C report never goes through Class A's workflow unseen.
     */
    @Test
    void aWrittenClassBelowTheDerivedOneIsAFinding() {
        GateResult result = ReleaseGateTest.evaluate(ReleaseGateTest.complete()
                .item(of("MED-1", "MED-50", ItemType.PROBLEM_REPORT, "Investigating", false, "Safety Class", "A")));

        assertThat(ReleaseGateTest.findings(result, "classification-consistent"))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "MED-50", "a Safety Class of C written on it (it says 'A')"));
    }

    /** Hazards show their severity in the report, never a safety class (4.3a, review m3). */
    @Test
    void aHazardShowsItsSeverityNotAClass() {
        Baseline built = baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        item("MED-10", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", "no injury"))
                .assemble();
        SealedBaseline sealed = new BaselineCodec().seal(built);
        String html = new HtmlReport().render(sealed, defaults(built), List.of());

        assertThat(built.items())
                .filteredOn(ItemState::isHazard)
                .singleElement()
                .satisfies(hazard -> {
                    assertThat(hazard.safetyClass()).isEmpty();
                    assertThat(hazard.classBasis()).isEqualTo("severity: no injury");
                });
        assertThat(html).contains("<td title=\"severity: no injury\">severity: no injury</td>");
    }

    /**
     * 4.3, 5.3.5 (review C5, run C): a library loaded into the same process as Class C code is held at Class C
     * unless a segregation rationale is recorded, so its exploitable critical vulnerability blocks the release.
     */
    @Test
    void soupUsedOnlyByAClassAItemOfAClassCSystemIsHeldAtClassC() {
        String purl = "pkg:maven/org.apache.commons/commons-text@1.9";
        GateResult unsegregated = defaults(soupRelease(purl, ""));
        GateResult segregated = defaults(soupRelease(purl, "runs in the separate service-log process (5.3.5)"));

        assertThat(ReleaseGateTest.findings(unsegregated, "exploitable-vulnerabilities"))
                .extracting(Finding::item)
                .containsExactly(purl);
        assertThat(unsegregated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ReleaseGateTest.findings(segregated, "exploitable-vulnerabilities"))
                .as("with a rationale it takes the class of the Class A item using it")
                .isEmpty();
    }

    /**
     * Both profiles: software below the class the controlled risk implies fails, named in each edition's terms
     * (A1:2015 "Class C", the Edition 2 draft "rigour level II").
     */
    @ParameterizedTest
    @CsvSource({
        "'', 'Class C or higher, as it implements risk control PU-11'",
        "'classification: iec62304-ed2-draft\n', 'rigour level II or higher, as it implements risk control PU-11'"
    })
    void softwareBelowTheRiskItControlsFailsInEitherEditionsTerms(final String profile, final String missing)
            throws IOException, ReportException {
        GateResult result = gate(profile, controlRelease("Serious injury or death"));

        assertThat(ReleaseGateTest.only(result, "classification-consistent").missing())
                .isEqualTo(missing);
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    /**
     * Edition 2 draft: software that implements a risk control is rigour level II whatever the hazard, so Class A
     * (level I) software implementing a control for a no-injury hazard fails there and passes under A1:2015.
     */
    @Test
    void theEdition2DraftHoldsRiskControlSoftwareAtLevelII() throws IOException, ReportException {
        GateResult a1 = gate("", controlRelease("No injury"));
        GateResult ed2 = gate("classification: iec62304-ed2-draft\n", controlRelease("No injury"));

        assertThat(ReleaseGateTest.status(a1, "classification-consistent")).isEqualTo("PASS");
        assertThat(ReleaseGateTest.only(ed2, "classification-consistent")).satisfies(finding -> {
            assertThat(finding.item()).isEqualTo("PU-2");
            assertThat(finding.missing()).isEqualTo("rigour level II or higher, as it implements risk control PU-11");
            assertThat(finding.message())
                    .contains("(Software Item, rigour level I)")
                    .contains("Ed. 2 draft: software implementing a risk control is rigour level II");
        });
    }

    /** Findings about items name the class in the selected edition's terms. */
    @Test
    void findingsNameTheClassInTheSelectedEditionsTerms() throws IOException, ReportException {
        GateResult ed2 = gate(
                "classification: iec62304-ed2-draft\n",
                baseline()
                        .items(softwareItem("MED-1", "B"), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true))
                        .test("other", TestOutcome.PASSED));

        assertThat(ReleaseGateTest.only(ed2, "requirements-verified").message())
                .startsWith("MED-3 (Software Requirement, rigour level II, status 'Approved') lacks");
    }

    /** The default profile the item package uses without a policy is the shipped A1:2015 one. */
    @Test
    void theShippedDefaultProfileIsTheOneUsedWithoutAPolicy() {
        assertThat(ClassificationProfiles.named(ClassificationProfile.DEFAULT)).contains(ClassificationProfile.A1_2015);
        assertThat(new PolicyLoader().defaults().profile()).isEqualTo(ClassificationProfile.A1_2015);
        assertThat(ClassificationProfiles.named("iec62304-ed2-draft")
                        .orElseThrow()
                        .name(SafetyClass.B))
                .isEqualTo("rigour level II");
    }

    @Test
    void anUnknownClassificationProfileIsRefusedNamingTheFileAndKey() throws IOException {
        Path file = Files.writeString(
                temp.resolve("policy.yaml"), "policy: trace62304-policy/1\nclassification: iec62304-2030\n");

        org.assertj.core.api.Assertions.assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> new PolicyLoader().load(file))
                .withMessageStartingWith(file.toString())
                .withMessageContaining("/classification")
                .withMessageContaining("unknown classification profile 'iec62304-2030'");
    }

    private static io.trace62304.testing.BaselineBuilder controlRelease(final String severity) {
        return baseline()
                .items(
                        softwareItem("PU-2", "A"),
                        item("PU-10", ItemType.HAZARD, "Open", false, List.of(), "Hazard Severity", severity),
                        item(
                                "PU-11",
                                ItemType.RISK_CONTROL,
                                "Implemented",
                                false,
                                List.of(
                                        new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "PU-10"),
                                        new ItemLink("Implements", ItemLink.Direction.INWARD, "PU-2"))))
                .test("occlusion alarm", TestOutcome.PASSED, "PU-11")
                .coverage("com.example.pump", 100, 100, 20, 20);
    }

    private static Baseline soupRelease(final String purl, final String rationale) {
        return baseline()
                .items(
                        softwareItem("PU-1", "C"),
                        softwareItem("PU-2", "A"),
                        item(
                                "PU-40",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "PU-2")),
                                "Package URL",
                                purl,
                                "SOUP Version",
                                "1.9",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "1.9",
                                "Segregation Rationale",
                                rationale,
                                "Vulnerability Assessment",
                                "CVE-2022-42889: exploitable - reachable from log input"))
                .test("formats", TestOutcome.PASSED)
                .dependency(purl, BaselineBuilder.vulnerability("CVE-2022-42889", Severity.CRITICAL))
                .coverage("com.example.pump", 100, 100, 20, 20)
                .assemble();
    }

    private static GateResult defaults(final Baseline built) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(built);
    }

    private GateResult gate(final String policy, final io.trace62304.testing.BaselineBuilder builder)
            throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("policy.yaml"), "policy: trace62304-policy/1\n" + policy);
        return new ReleaseGate(new PolicyLoader().load(file)).evaluate(builder.assemble());
    }
}
