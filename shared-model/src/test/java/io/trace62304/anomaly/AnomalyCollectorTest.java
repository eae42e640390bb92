package io.trace62304.anomaly;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static io.trace62304.testing.BaselineBuilder.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.ItemType;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 5.8.2, 5.8.3: the unresolved anomaly list holds every known residual anomaly the gate's inputs show. */
class AnomalyCollectorTest {
    private static final String PURL = "pkg:maven/org.apache.commons/commons-text@1.9";
    private static final List<ItemLink> CONCERNS_MED_1 =
            List.of(new ItemLink("Relates", ItemLink.Direction.OUTWARD, "MED-1"));

    private static final String LIB = "pkg:maven/org.example/lib@2.0";

    /** A passing Class C build: one verified requirement, full coverage, a scan listing its one SOUP component. */
    private static BaselineBuilder classC() {
        return baseline()
                .items(
                        softwareItem("MED-1", "C"),
                        of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                        of(
                                "MED-1",
                                "MED-20",
                                ItemType.SOUP_ITEM,
                                "Approved",
                                true,
                                "Package URL",
                                LIB,
                                "SOUP Version",
                                "2.0",
                                "SOUP Manufacturer",
                                "Example Org",
                                "Anomaly List Reviewed",
                                "2026-11-01",
                                "Anomaly List Reviewed For Version",
                                "2.0"))
                .test("computes the rate", TestOutcome.PASSED, "MED-3")
                .dependency(LIB)
                .coverage("com.example.dose", 100, 100, 20, 20);
    }

    private static AnomalyList collect(final BaselineBuilder builder) {
        BaselineCodec codec = new BaselineCodec();
        var sealed = codec.seal(builder.assemble());
        GateResult gate = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        return AnomalyCollector.collect(sealed, gate);
    }

    @Test
    void anOpenProblemOfAnyIssueTypeIsAResidualAnomalyWithWhatItsReportRecords() {
        Item bug = new Item(
                "MED-60",
                ItemType.OTHER,
                "Occlusion alarm raised 40 s late",
                "Open",
                false,
                "2026-11-01T10:00:00Z",
                Map.of(ItemField.CRITICALITY, "High"),
                CONCERNS_MED_1,
                "Bug");
        Item task = new Item(
                "MED-61", ItemType.OTHER, "Update the manual", "Open", false, "", Map.of(), CONCERNS_MED_1, "Task");

        AnomalyList list = collect(classC().items(
                        bug,
                        task,
                        of(
                                "MED-1",
                                "MED-50",
                                ItemType.PROBLEM_REPORT,
                                "Deferred",
                                false,
                                "Criticality",
                                "Major",
                                "Risk Evaluation",
                                "no hazardous situation: the pump stops and alarms",
                                "Consequence For Users",
                                "the bolus screen freezes for 2 s",
                                "Workaround",
                                "wait for the screen to return",
                                "Deferral Justification",
                                "fixed in 1.5")));

        assertThat(list.of(AnomalyKind.OPEN_PROBLEM_REPORT))
                .extracting(Anomaly::id)
                .containsExactly("MED-50", "MED-60");
        Anomaly deferred = list.of(AnomalyKind.OPEN_PROBLEM_REPORT).get(0);
        assertThat(deferred.safetyClass()).isEqualTo("C");
        assertThat(deferred.status()).isEqualTo("Deferred");
        assertThat(deferred.criticality()).isEqualTo("Major");
        assertThat(deferred.riskEvaluation()).isEqualTo("no hazardous situation: the pump stops and alarms");
        assertThat(deferred.consequence()).isEqualTo("the bolus screen freezes for 2 s");
        assertThat(deferred.workaround()).isEqualTo("wait for the screen to return");
        assertThat(deferred.justification()).isEqualTo("fixed in 1.5");
        assertThat(deferred.evaluation()).isEqualTo(Evaluation.EVALUATED);
        assertThat(deferred.recordedIn()).containsExactly("MED-50");
        Anomaly late = list.of(AnomalyKind.OPEN_PROBLEM_REPORT).get(1);
        assertThat(late.title()).isEqualTo("Occlusion alarm raised 40 s late (Bug)");
        assertThat(late.criticality()).isEqualTo("High");
        assertThat(late.evaluation()).isEqualTo(Evaluation.NOT_EVALUATED);
        assertThat(late.concerns()).containsExactly("MED-1");
    }

    /** Review C7, run E: an open Bug and a "Won't Fix" report from a saved Jira search are in the list. */
    @Test
    void aBugAndAWontFixReportReadFromJiraAreResidualAnomalies() throws ItemSourceException {
        ItemSet items = new JiraSearchFileItemSource(Fixtures.of("issue12-jira-search-problems.json")).load();

        AnomalyList list = collect(baseline().items(items.items().toArray(Item[]::new)));

        assertThat(list.anomalies())
                .extracting(Anomaly::kind, Anomaly::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AnomalyKind.OPEN_PROBLEM_REPORT, "PUMP-60"),
                        org.assertj.core.groups.Tuple.tuple(AnomalyKind.CLOSED_WITHOUT_FIX, "PUMP-61"));
        Anomaly bug = list.anomalies().get(0);
        assertThat(bug.title()).isEqualTo("Occlusion alarm raised 40 s late (Bug)");
        assertThat(bug.criticality()).isEqualTo("High");
        assertThat(bug.workaround()).isEqualTo("Check the line visually every 30 s during high-rate infusions.");
        assertThat(bug.evaluation()).isEqualTo(Evaluation.NOT_EVALUATED);
    }

    @Test
    void aProblemReportClosedWithoutAFixStaysInTheList() {
        AnomalyList list = collect(classC().items(
                        of("MED-1", "MED-51", ItemType.PROBLEM_REPORT, "Won't Fix", true),
                        of("MED-1", "MED-52", ItemType.PROBLEM_REPORT, "Closed", true, "Root Cause", "typo")));

        assertThat(list.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.CLOSED_WITHOUT_FIX);
            assertThat(a.id()).isEqualTo("MED-51");
            assertThat(a.status()).isEqualTo("Won't Fix");
            assertThat(a.clause()).isEqualTo("5.8.2, 9.2d");
        });
    }

    @Test
    void aReportClosedWithAResolutionThePolicyCountsAsWithoutActionStaysInTheListWithItsRationale() {
        AnomalyList list = collect(classC().items(
                        of(
                                "MED-1",
                                "MED-53",
                                ItemType.PROBLEM_REPORT,
                                "Closed",
                                true,
                                "Resolution",
                                "Duplicate",
                                "No Action Rationale",
                                "same defect as MED-50, deferred there"),
                        of("MED-1", "MED-54", ItemType.PROBLEM_REPORT, "Closed", true, "Resolution", "Fixed")));

        assertThat(list.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.CLOSED_WITHOUT_FIX);
            assertThat(a.id()).isEqualTo("MED-53");
            assertThat(a.status()).isEqualTo("Closed, resolution Duplicate");
            assertThat(a.justification()).isEqualTo("same defect as MED-50, deferred there");
        });
    }

    @Test
    void aFailingErroredOrFlakyTestIsListedWithWhatTheOpenReportsDeclaringItRecord() {
        String failing = "com.example.PumpTest.end to end dose delivery";
        AnomalyList list = collect(classC().test("end to end dose delivery", TestOutcome.FAILED)
                .test("MED-3 rounds the rate", TestOutcome.ERRORED, "MED-3")
                .flakyTest("limits the rate", "MED-3")
                .items(
                        of(
                                "MED-1",
                                "MED-62",
                                ItemType.PROBLEM_REPORT,
                                "Investigating",
                                false,
                                "Found By Test",
                                failing,
                                "Risk Evaluation",
                                "test rig timing, not the pump",
                                "Workaround",
                                "none needed"),
                        of("MED-1", "MED-63", ItemType.PROBLEM_REPORT, "Closed", true, "Found By Test", failing)));

        assertThat(list.of(AnomalyKind.TEST_RESULT))
                .extracting(Anomaly::id, Anomaly::status, Anomaly::evaluation)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(failing, "FAILED", Evaluation.EVALUATED),
                        org.assertj.core.groups.Tuple.tuple(
                                "com.example.PumpTest.MED-3 rounds the rate", "ERRORED", Evaluation.NOT_EVALUATED),
                        org.assertj.core.groups.Tuple.tuple(
                                "com.example.PumpTest.limits the rate", "FLAKY", Evaluation.NOT_EVALUATED));
        Anomaly declared = list.of(AnomalyKind.TEST_RESULT).stream()
                .filter(a -> a.id().equals(failing))
                .findFirst()
                .orElseThrow();
        assertThat(declared.recordedIn()).containsExactly("MED-62");
        assertThat(declared.riskEvaluation()).isEqualTo("test rig timing, not the pump");
        assertThat(declared.workaround()).isEqualTo("none needed");
        assertThat(declared.title()).isEqualTo("failed; it verifies no item");
        assertThat(declared.safetyClass()).isEqualTo("C");
        assertThat(list.of(AnomalyKind.TEST_RESULT).stream()
                        .filter(a -> a.status().equals("FLAKY"))
                        .findFirst()
                        .orElseThrow()
                        .title())
                .isEqualTo("flaky: failed, then passed on a rerun; it verifies MED-3");
    }

    @Test
    void anExploitableOrUnassessedVulnerabilityOfAnySeverityIsListedAndADecidedOneIsNot() {
        AnomalyList list = collect(classC().item(item(
                        "MED-40",
                        ItemType.SOUP_ITEM,
                        "Approved",
                        true,
                        List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1")),
                        "Package URL",
                        PURL,
                        "SOUP Version",
                        "1.9",
                        "SOUP Manufacturer",
                        "Example Org",
                        "Anomaly List Reviewed",
                        "2026-11-01",
                        "Anomaly List Reviewed For Version",
                        "1.9",
                        "Vulnerability Assessment",
                        "CVE-2022-42889: exploitable - reachable from log input\nCVE-2024-2: not affected - unused"))
                .item(of(
                        "MED-1",
                        "MED-64",
                        ItemType.PROBLEM_REPORT,
                        "Deferred",
                        false,
                        "Risk Evaluation",
                        "log input is never user supplied; acceptable",
                        "Consequence For Users",
                        "none while logs stay local"))
                .dependency(
                        PURL,
                        vulnerability("CVE-2022-42889", Severity.MEDIUM),
                        vulnerability("CVE-2024-2", Severity.HIGH),
                        vulnerability("CVE-2024-3", Severity.LOW)));

        assertThat(list.of(AnomalyKind.VULNERABILITY))
                .extracting(Anomaly::id, Anomaly::status, Anomaly::evaluation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CVE-2022-42889", "exploitable", Evaluation.NOT_EVALUATED),
                        org.assertj.core.groups.Tuple.tuple("CVE-2024-3", "unassessed", Evaluation.NOT_EVALUATED));
        assertThat(list.of(AnomalyKind.VULNERABILITY).get(0).title())
                .isEqualTo("CVE-2022-42889 (medium) in commons-text 1.9, assessed exploitable: reachable from log"
                        + " input (SOUP item MED-40)");
        assertThat(list.of(AnomalyKind.VULNERABILITY).get(0).concerns()).containsExactly("MED-40");
    }

    @Test
    void anOpenReportNamingAVulnerabilityInItsSummaryCarriesItsEvaluation() {
        Item report = new Item(
                "MED-65",
                ItemType.PROBLEM_REPORT,
                "CVE-2022-42889: Commons Text interpolation reachable from log input",
                "Deferred",
                false,
                "",
                Map.of(
                        ItemField.RISK_EVALUATION, "log input is never user supplied; acceptable",
                        ItemField.CRITICALITY, "Medium"),
                CONCERNS_MED_1);
        AnomalyList list = collect(classC().item(item(
                        "MED-40",
                        ItemType.SOUP_ITEM,
                        "Approved",
                        true,
                        List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1")),
                        "Package URL",
                        PURL,
                        "SOUP Version",
                        "1.9",
                        "SOUP Manufacturer",
                        "Example Org",
                        "Anomaly List Reviewed",
                        "2026-11-01",
                        "Anomaly List Reviewed For Version",
                        "1.9",
                        "Vulnerability Assessment",
                        "CVE-2022-42889: exploitable - reachable from log input"))
                .item(report)
                .dependency(PURL, vulnerability("CVE-2022-42889", Severity.MEDIUM)));

        assertThat(list.of(AnomalyKind.VULNERABILITY)).singleElement().satisfies(a -> {
            assertThat(a.evaluation()).isEqualTo(Evaluation.EVALUATED);
            assertThat(a.recordedIn()).containsExactly("MED-65");
            assertThat(a.criticality()).isEqualTo("Medium");
            assertThat(a.riskEvaluation()).isEqualTo("log input is never user supplied; acceptable");
        });
    }

    @Test
    void eachAnomalyNamesItsClassInTheTermsOfThePolicysClassificationProfile(@TempDir final Path temp)
            throws IOException, ReportException {
        BaselineBuilder build = classC().item(
                        of("MED-1", "MED-50", ItemType.PROBLEM_REPORT, "Deferred", false, "Risk Evaluation", "none"));
        Path ed2 = Files.writeString(temp.resolve("ed2.yaml"), "classification: iec62304-ed2-draft\n");
        BaselineCodec codec = new BaselineCodec();
        var sealed = codec.seal(build.assemble());

        Anomaly a1 = collect(build).anomalies().get(0);
        Anomaly draft = AnomalyCollector.collect(
                        sealed, new ReleaseGate(new PolicyLoader().load(ed2)).evaluate(sealed.baseline()))
                .anomalies()
                .get(0);

        assertThat(a1.safetyClass()).isEqualTo("C");
        assertThat(a1.level()).isEqualTo("Class C");
        assertThat(draft.safetyClass()).isEqualTo("C");
        assertThat(draft.level()).isEqualTo("rigour level II");
    }

    @Test
    void theListNamesTheReleaseTheGateAndEachRuleBelowTheFloor() {
        AnomalyList list = collect(classC());

        assertThat(list.anomalies()).isEmpty();
        assertThat(list.job()).isEqualTo("pump");
        assertThat(list.buildId()).isEqualTo("42");
        assertThat(list.baselineDigest()).startsWith("sha256:");
        assertThat(list.verdict()).isEqualTo("PASS");
        assertThat(list.itemSource()).isEqualTo("items.yaml");
        assertThat(list.belowMinimum()).isEmpty();
    }
}
