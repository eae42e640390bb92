package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.findings;
import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item status at release (5.2.6, 7.3, 8.1.2; review M2): a Draft requirement or risk control, or a Draft or
 * Obsolete SOUP item, is a finding; the statuses are policy data.
 */
class ItemsApprovedTest {
    private static final String RULE = "items-approved";
    private static final String PURL = "pkg:maven/org.example/lib@2.0";

    @TempDir
    Path temp;

    private static BaselineBuilder system(final String safetyClass, final Item... items) {
        return baseline()
                .items(softwareItem("MED-1", safetyClass))
                .items(items)
                .test("verifies all", TestOutcome.PASSED, "MED-3", "MED-2");
    }

    private static Item soup(final String key, final String status) {
        return item(
                key,
                ItemType.SOUP_ITEM,
                status,
                true,
                List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1")),
                "Package URL",
                PURL,
                "SOUP Version",
                "2.0",
                "SOUP Manufacturer",
                "Example Org",
                "Anomaly List Reviewed",
                "2026-11-01",
                "Anomaly List Reviewed For Version",
                "2.0");
    }

    private static GateResult evaluate(final BaselineBuilder build) {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(build.assemble());
    }

    @Test
    void aDraftSoftwareRequirementFailsAClassARelease() {
        GateResult result = evaluate(system("A", of("MED-1", "MED-3", ItemType.REQUIREMENT, "Draft", false)));

        assertThat(findings(result, RULE)).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("MED-3");
            assertThat(f.level()).isEqualTo(Level.FAIL);
            assertThat(f.citation()).isEqualTo("IEC 62304 5.2.6, 7.3, 8.1.2");
            assertThat(f.missing()).isEqualTo("a released status (it is 'Draft')");
            assertThat(f.message())
                    .isEqualTo("MED-3 (Software Requirement, Class A, status 'Draft') is in a status that is not"
                            + " released ([Draft]); 5.2.6 asks that software requirements be verified and approved"
                            + " before they are relied on");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    /** Under the Edition 2 draft profile the finding names the rigour level; the rule is the same. */
    @ParameterizedTest
    @CsvSource({"iec62304-2006-a1-2015, Class A", "iec62304-ed2-draft, rigour level I"})
    void aDraftRequirementFailsTheReleaseUnderEitherProfile(final String profile, final String named) throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"), "policy: trace62304-policy/1\nclassification: " + profile + "\n");

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy))
                .evaluate(system("A", of("MED-1", "MED-3", ItemType.REQUIREMENT, "Draft", false))
                        .assemble());

        assertThat(findings(result, RULE))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("MED-3 (Software Requirement, " + named + ", status 'Draft') is in a status"));
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aDraftRiskControlFailsAClassBRelease() {
        GateResult result = evaluate(system("B", of("MED-1", "MED-2", ItemType.RISK_CONTROL, "draft", false)));

        assertThat(findings(result, RULE))
                .extracting(Finding::item, Finding::message)
                .containsExactly(tuple(
                        "MED-2",
                        "MED-2 (Risk Control, Class C, status 'draft') is in a status that is not released ([Draft]);"
                                + " 7.3 asks that a risk control measure be implemented and verified"));
    }

    @Test
    void aDraftOrObsoleteSoupItemFailsTheRelease() {
        GateResult result =
                evaluate(system("A", soup("MED-20", "Draft"), soup("MED-21", "Obsolete"), soup("MED-22", "Approved"))
                        .dependency(PURL));

        assertThat(findings(result, RULE))
                .extracting(Finding::item, Finding::missing)
                .containsExactly(
                        tuple("MED-20", "a released status (it is 'Draft')"),
                        tuple("MED-21", "a released status (it is 'Obsolete')"));
        assertThat(findings(result, RULE).get(0).message())
                .endsWith("8.1.2 asks that every SOUP item in use be a" + " documented, current configuration item");
    }

    @Test
    void approvedAndImplementedItemsPass() {
        GateResult result = evaluate(system(
                "C",
                of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Implemented", false)));

        assertThat(findings(result, RULE)).isEmpty();
    }

    @Test
    void theUnreleasedStatusesArePolicyData() throws Exception {
        Path policy = Files.writeString(temp.resolve("policy.yaml"), """
                rules:
                  items-approved:
                    unreleased:
                      Software Requirement: [Draft, In Review]
                      Risk Control: [Draft]
                      SOUP Item: [Draft, Obsolete]
                """);

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy))
                .evaluate(system("A", of("MED-1", "MED-3", ItemType.REQUIREMENT, "In Review", false))
                        .assemble());

        assertThat(findings(result, RULE)).extracting(Finding::item).containsExactly("MED-3");
        assertThat(result.belowMinimumLines()).isEmpty();
    }

    @Test
    void aPolicyThatNoLongerTreatsDraftAsUnreleasedIsBelowTheFloor() throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"),
                "rules:\n  items-approved:\n    unreleased: {Software Requirement: [Draft], SOUP Item: [Draft]}\n");

        GateResult result = new ReleaseGate(new PolicyLoader().load(policy))
                .evaluate(system("A", of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Draft", false))
                        .assemble());

        assertThat(findings(result, RULE)).isEmpty();
        assertThat(result.belowMinimumLines())
                .singleElement()
                .asString()
                .contains("items-approved")
                .contains("Risk Control 'Draft'")
                .contains("SOUP Item 'Obsolete'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{Requirment: [Draft]} | unreleased/Requirment: not an item type this rule checks",
                "{Risk Control: Draft} | unreleased/Risk Control: a list of statuses is expected",
                "{SOUP Item: [Draft, {a: b}]} | unreleased/SOUP Item: a status is a name",
                "[Draft] | /rules/items-approved/unreleased: expected a object, found a array"
            })
    void aMalformedUnreleasedSettingIsRefusedNamingTheFileAndSetting(final String value, final String reason)
            throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"), "rules:\n  items-approved:\n    unreleased: " + value + "\n");

        assertThatThrownBy(() -> new PolicyLoader().load(policy))
                .hasMessageStartingWith(policy.toString())
                .hasMessageContaining("/rules/items-approved")
                .hasMessageContaining(reason);
    }

    @Test
    void anUnknownItemTypeInThePolicyIsRefusedNamingTheSetting() throws Exception {
        Path policy = Files.writeString(
                temp.resolve("policy.yaml"), "rules:\n  items-approved:\n    unreleased: {Requirment: [Draft]}\n");

        assertThatThrownBy(() -> new PolicyLoader().load(policy))
                .hasMessageContaining("/rules/items-approved")
                .hasMessageContaining("Requirment");
    }
}
