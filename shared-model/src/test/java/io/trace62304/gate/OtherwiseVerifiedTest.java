package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.junit.TestOutcome;
import io.trace62304.render.HtmlReport;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.trace.VerificationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5.7.4: "all software requirements have been tested or otherwise verified". An approved verification record
 * (inspection, analysis) linked to a requirement verifies it, as its own status VERIFIED_OTHERWISE, named in a
 * warning so an auditor can sample it.
 */
class OtherwiseVerifiedTest {
    @TempDir
    Path temp;

    /** A Class A system whose requirement MED-4 has no test, only the verification record MED-70. */
    private static BaselineBuilder inspected(final String recordStatus, final String safetyClass) {
        return baseline()
                .items(
                        softwareItem("MED-1", safetyClass),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        of("MED-1", "MED-4", ItemType.REQUIREMENT, "Approved", true),
                        record("MED-70", recordStatus, "MED-4"))
                .test("computes the rate", TestOutcome.PASSED, "MED-3");
    }

    /** A verification record that verifies the given item (the link written on the record). */
    private static Item record(final String key, final String status, final String verified) {
        return item(
                key,
                ItemType.VERIFICATION_RECORD,
                status,
                true,
                List.of(new ItemLink("Verifies", ItemLink.Direction.OUTWARD, verified)));
    }

    private static ItemState state(final Baseline baseline, final String key) {
        return baseline.items().stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static GateResult evaluate(final Baseline baseline) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(baseline);
    }

    @Test
    void aRequirementOtherwiseVerifiedByAnApprovedVerificationRecordPassesAndIsListedForSampling() {
        Baseline baseline = inspected("Approved", "A").assemble();

        GateResult result = evaluate(baseline);

        assertThat(state(baseline, "MED-4").verification()).isEqualTo(VerificationStatus.VERIFIED_OTHERWISE);
        assertThat(state(baseline, "MED-3").verification()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(findings(result, "requirements-verified")).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.WARNING);
            assertThat(f.item()).isEqualTo("MED-4");
            assertThat(f.message())
                    .isEqualTo("MED-4 (Software Requirement, Class A, status 'Approved') is verified otherwise, by"
                            + " the approved verification record MED-70 (inspection or analysis, 5.7.4), not by a"
                            + " test of this build; listed so that it can be sampled");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aVerificationRecordThatIsNotApprovedVerifiesNothing() {
        Baseline baseline = inspected("Draft", "A").assemble();

        assertThat(state(baseline, "MED-4").verification()).isEqualTo(VerificationStatus.UNTRACED);
        assertThat(findings(evaluate(baseline), "requirements-verified"))
                .singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.FAIL));
    }

    @Test
    void aFailingTestIsNotOutweighedByAVerificationRecord() {
        Baseline baseline = inspected("Approved", "C")
                .test("rejects zero", TestOutcome.FAILED, "MED-4")
                .assemble();

        assertThat(state(baseline, "MED-4").verification()).isEqualTo(VerificationStatus.FAILED);
        assertThat(findings(evaluate(baseline), "requirements-verified"))
                .extracting(Finding::level, Finding::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Level.FAIL, "a passing verification (a verifying test failed in this build)"));
    }

    @Test
    void aVerifiesLinkWrittenOnTheRequirementsSideCountsToo() {
        Baseline baseline = baseline()
                .items(
                        softwareItem("MED-1", "B"),
                        item(
                                "MED-4",
                                ItemType.REQUIREMENT,
                                "Approved",
                                true,
                                List.of(
                                        new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-1"),
                                        new ItemLink("Verifies", ItemLink.Direction.INWARD, "MED-70"))),
                        item("MED-70", ItemType.VERIFICATION_RECORD, "approved", true, List.of()))
                .test("t", TestOutcome.PASSED)
                .assemble();

        assertThat(state(baseline, "MED-4").verification()).isEqualTo(VerificationStatus.VERIFIED_OTHERWISE);
    }

    @Test
    void aRiskControlOfClassBNeedsAPassingTestAVerificationRecordIsNotEnough() {
        Baseline baseline = baseline()
                .items(
                        softwareItem("MED-1", "B"),
                        of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Implemented", false),
                        record("MED-70", "Approved", "MED-2"))
                .test("t", TestOutcome.PASSED)
                .assemble();

        assertThat(state(baseline, "MED-2").verification()).isEqualTo(VerificationStatus.VERIFIED_OTHERWISE);
        assertThat(findings(evaluate(baseline), "risk-controls-verified"))
                .extracting(Finding::missing)
                .containsExactly("a passing verifying test (only an approved verification record verifies it;"
                        + " 7.3.1 is checked here by a test that passed in this build)");
    }

    @Test
    void aProblemReportClosedAndVerifiedByAnApprovedVerificationRecordIsComplete() {
        Baseline baseline = baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        of(
                                "MED-1",
                                "MED-50",
                                ItemType.PROBLEM_REPORT,
                                "Closed",
                                true,
                                "Root Cause",
                                "typo in the" + " IFU reference",
                                "Risk Evaluation",
                                "none"),
                        record("MED-70", "Approved", "MED-50"))
                .test("t", TestOutcome.PASSED)
                .assemble();

        assertThat(findings(evaluate(baseline), "closed-problem-reports-complete"))
                .isEmpty();
    }

    @Test
    void theMatrixAndTheBaselineShowTheStatusVerifiedOtherwise() throws Exception {
        Baseline baseline = inspected("Approved", "A").assemble();
        SealedBaseline sealed =
                new BaselineCodec().seal(baseline.withGate(evaluate(baseline).summary()));

        String html = new HtmlReport().render(sealed, evaluate(baseline), List.of());
        Path file = temp.resolve("baseline.json");
        new BaselineCodec().write(sealed, file);

        assertThat(html).contains("v-VERIFIED_OTHERWISE").contains("verified otherwise by MED-70");
        assertThat(Files.readString(file)).contains("\"VERIFIED_OTHERWISE\"");
        assertThat(state(new BaselineCodec().read(file).baseline(), "MED-4").verification())
                .isEqualTo(VerificationStatus.VERIFIED_OTHERWISE);
    }

    @Test
    void aVerificationRecordIsAnItemTypeOfTheItemsFile() throws Exception {
        Path file = Files.writeString(temp.resolve("items.yaml"), """
                version: 1
                items:
                  - key: PUMP-60
                    type: Verification Record
                    summary: Inspection of the service log content
                    status: Approved
                    links: {verifies: [PUMP-31]}
                """);

        Item record = new YamlItemSource(file).load().items().get(0);

        assertThat(record.type()).isEqualTo(ItemType.VERIFICATION_RECORD);
    }
}
