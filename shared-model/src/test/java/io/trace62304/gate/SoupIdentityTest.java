package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.gate.ReleaseGateTest.only;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static io.trace62304.testing.BaselineBuilder.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.sbom.Sbom;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 3 and 4: SOUP identity (8.1.2: title, manufacturer, unique designation; the SBOM supplier
 * checked against the SOUP item; runtime and platform SOUP declared), a {@code resolved} assessment on a version
 * that did not change, and the anomaly list review (7.1.3) tied to the SOUP version.
 */
class SoupIdentityTest {
    private static final String LIB = "pkg:maven/org.example/lib@2.0";

    @Test
    void aSoupItemWithoutAManufacturerFailsWhenNoSbomNamesASupplier() {
        GateResult result = ReleaseGateTest.evaluate(
                release("C", soup("MED-20", LIB, "2.0", "")).dependency(LIB));

        assertThat(only(result, "soup-identified")).satisfies(f -> {
            assertThat(f.item()).isEqualTo("MED-20");
            assertThat(f.missing()).isEqualTo("a manufacturer");
            assertThat(f.clause()).isEqualTo("8.1.2");
            assertThat(f.level()).isEqualTo(Level.FAIL);
        });
    }

    @Test
    void theSbomSupplierStandsInForAMissingManufacturerAndIsKeptInTheBaseline() throws Exception {
        Baseline baseline =
                release("A", soup("MED-20", LIB, "2.0", "")).sbom(bom()).assemble();

        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(baseline);

        assertThat(findings(result, "soup-identified"))
                .extracting(Finding::item)
                .doesNotContain("MED-20");
        assertThat(entry(baseline, LIB).component().supplier()).isEqualTo("Example Org, Inc.");
        SealedBaseline sealed = new BaselineCodec().seal(baseline);
        assertThat(new String(new BaselineCodec().bytes(sealed), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"supplier\":\"Example Org, Inc.\"");
    }

    @Test
    void aManufacturerTheSbomSupplierContradictsFails() throws Exception {
        String parser = "pkg:maven/org.other/parser@1.1";
        GateResult result = ReleaseGateTest.evaluate(
                release("B", soup("MED-20", LIB, "2.0", "The Example Org"), soup("MED-21", parser, "1.1", "Other Corp"))
                        .sbom(bom()));

        assertThat(findings(result, "soup-identified"))
                .extracting(Finding::item, Finding::missing)
                .contains(tuple("MED-21", "a manufacturer the SBOM agrees with"))
                .doesNotContain(tuple("MED-20", "a manufacturer the SBOM agrees with"));
        assertThat(findings(result, "soup-identified"))
                .filteredOn(f -> f.item().equals("MED-21"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("names manufacturer 'Other Corp', but the SBOM names supplier 'Typosquat Ltd'"));
    }

    @Test
    void aSoupItemNeedsATitleAndAVersion() {
        Item untitled = new Item(
                "MED-20",
                ItemType.SOUP_ITEM,
                " ",
                "Approved",
                true,
                "2026-11-01T10:00:00Z",
                java.util.Map.of(io.trace62304.item.ItemField.SOUP_MANUFACTURER, "Example Org"),
                used());
        GateResult result = ReleaseGateTest.evaluate(release("C", untitled));

        assertThat(findings(result, "soup-identified"))
                .extracting(Finding::missing)
                .contains("a title", "a unique designation");
    }

    @Test
    void runtimeSoupIsDeclaredKeptAndNotAskedToBeClosed() {
        Item jre = item(
                "MED-22",
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "SOUP Scope",
                "runtime",
                "SOUP Version",
                "17.0.13",
                "SOUP Manufacturer",
                "Eclipse Adoptium",
                "Anomaly List Reviewed",
                "2026-11-01",
                "Anomaly List Reviewed For Version",
                "17.0.13");
        Baseline baseline = release("C", jre).assemble();

        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(baseline);

        SoupEntry declared = baseline.soup().stream()
                .filter(e -> e.itemKey().equals("MED-22"))
                .findFirst()
                .orElseThrow();
        assertThat(declared.outcome()).isEqualTo(SoupOutcome.DECLARED);
        assertThat(declared.component().version()).isEqualTo("17.0.13");
        assertThat(declared.component().supplier()).isEqualTo("Eclipse Adoptium");
        assertThat(findings(result, "soup-in-build")).isEmpty();
        assertThat(findings(result, "soup-identified")).isEmpty();
        assertThat(findings(result, "soup-anomalies-reviewed")).isEmpty();
    }

    @Test
    void anUnknownSoupScopeIsAFinding() {
        Item odd = item(
                "MED-22",
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "SOUP Scope",
                "firmware-ish",
                "SOUP Version",
                "1",
                "SOUP Manufacturer",
                "X");
        GateResult result = ReleaseGateTest.evaluate(release("C", odd));

        assertThat(findings(result, "soup-identified"))
                .extracting(Finding::missing)
                .contains("a known SOUP Scope");
    }

    @Test
    void theSoupInBuildAdviceNamesTheScopeForPlatformSoup() {
        GateResult result = ReleaseGateTest.evaluate(release("C", soup("MED-20", LIB, "2.0", "Example Org")));

        assertThat(only(result, "soup-in-build").message()).contains("set its SOUP Scope to runtime or platform");
    }

    @Test
    void resolvedOnAVersionTheScanStillReportsIsAFinding() {
        Item assessed = withAssessment(soup("MED-20", LIB, "2.0", "Example Org"), "CVE-7: resolved - upgraded");
        GateResult result =
                ReleaseGateTest.evaluate(release("C", assessed).dependency(LIB, vulnerability("CVE-7", Severity.HIGH)));

        assertThat(only(result, "vulnerabilities-assessed")).satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.message())
                    .contains("CVE-7 in lib 2.0 is assessed 'resolved' (SOUP item MED-20)")
                    .contains("still report it for version 2.0")
                    .doesNotContain("previous baseline");
        });
    }

    @Test
    void resolvedOnAVersionUnchangedSinceThePreviousBaselineSaysSo() {
        Item assessed = withAssessment(soup("MED-20", LIB, "2.0", "Example Org"), "CVE-7: resolved");
        BaselineBuilder build = release("C", assessed).dependency(LIB, vulnerability("CVE-7", Severity.HIGH));
        SealedBaseline previous = new BaselineCodec().seal(build.assemble());

        GateResult result =
                new ReleaseGate(new PolicyLoader().defaults()).evaluate(build.assemble(), Optional.of(previous));

        assertThat(only(result, "vulnerabilities-assessed").message())
                .contains("the version is unchanged since the previous baseline");
    }

    @Test
    void resolvedWithPedigreeIsAccepted() {
        Item assessed = withAssessment(
                soup("MED-20", LIB, "2.0", "Example Org"), "CVE-7: resolved with pedigree - patched, see pedigree");
        GateResult result =
                ReleaseGateTest.evaluate(release("C", assessed).dependency(LIB, vulnerability("CVE-7", Severity.HIGH)));

        assertThat(findings(result, "vulnerabilities-assessed")).isEmpty();
    }

    @Test
    void theAnomalyListReviewGoesStaleWhenTheSoupVersionChanges() {
        Item reviewedFor19 = item(
                "MED-20",
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "Package URL",
                LIB,
                "SOUP Version",
                "2.0",
                "SOUP Manufacturer",
                "Example Org",
                "Anomaly List Reviewed",
                "2026-10-28",
                "Anomaly List Reviewed For Version",
                "1.9");
        GateResult result = ReleaseGateTest.evaluate(release("B", reviewedFor19).dependency(LIB));

        assertThat(only(result, "soup-anomalies-reviewed")).satisfies(f -> {
            assertThat(f.clause()).isEqualTo("7.1.3");
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.message())
                    .contains("reviewed on 2026-10-28 for version 1.9, which is stale now the build has 2.0");
        });
    }

    @Test
    void anAnomalyListReviewNamesItsVersionAndIsNotCheckedAtClassA() {
        Item undated = item(
                "MED-20",
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "Package URL",
                LIB,
                "SOUP Version",
                "2.0",
                "SOUP Manufacturer",
                "Example Org",
                "Anomaly List Reviewed",
                "2026-10-28");
        Item never = item(
                "MED-20",
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "Package URL",
                LIB,
                "SOUP Version",
                "2.0",
                "SOUP Manufacturer",
                "Example Org");

        assertThat(only(ReleaseGateTest.evaluate(release("C", undated).dependency(LIB)), "soup-anomalies-reviewed")
                        .missing())
                .isEqualTo("the version the anomaly list review covers");
        assertThat(only(ReleaseGateTest.evaluate(release("C", never).dependency(LIB)), "soup-anomalies-reviewed")
                        .missing())
                .isEqualTo("a review of the supplier's anomaly list");
        assertThat(findings(ReleaseGateTest.evaluate(release("A", never).dependency(LIB)), "soup-anomalies-reviewed"))
                .isEmpty();
    }

    private static BaselineBuilder release(final String safetyClass, final Item... soup) {
        List<Item> items = new ArrayList<>(List.of(
                softwareItem("MED-1", safetyClass), of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true)));
        items.addAll(List.of(soup));
        return baseline().items(items.toArray(Item[]::new)).test("limits the dose", TestOutcome.PASSED, "MED-3");
    }

    private static Item soup(final String key, final String purl, final String version, final String manufacturer) {
        return item(
                key,
                ItemType.SOUP_ITEM,
                "Approved",
                true,
                used(),
                "Package URL",
                purl,
                "SOUP Version",
                version,
                "SOUP Manufacturer",
                manufacturer,
                "Anomaly List Reviewed",
                "2026-11-01",
                "Anomaly List Reviewed For Version",
                version);
    }

    private static Item withAssessment(final Item soup, final String assessment) {
        java.util.Map<io.trace62304.item.ItemField, String> fields = new java.util.EnumMap<>(soup.fields());
        fields.put(io.trace62304.item.ItemField.VULNERABILITY_ASSESSMENT, assessment);
        return new Item(
                soup.key(),
                soup.type(),
                soup.summary(),
                soup.status(),
                soup.done(),
                soup.updated(),
                fields,
                soup.links());
    }

    private static List<ItemLink> used() {
        return List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1"));
    }

    private static SoupEntry entry(final Baseline baseline, final String ref) {
        return baseline.soup().stream()
                .filter(e -> e.ref().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    private static Sbom bom() throws ReportException {
        try {
            return new CycloneDxParser()
                    .parse(Path.of(SoupIdentityTest.class
                            .getResource("/fixtures/soup-identity/bom-1.6.json")
                            .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
