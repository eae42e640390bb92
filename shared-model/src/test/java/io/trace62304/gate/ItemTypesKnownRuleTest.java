package io.trace62304.gate;

import static io.trace62304.gate.ReleaseGateTest.complete;
import static io.trace62304.gate.ReleaseGateTest.evaluate;
import static io.trace62304.gate.ReleaseGateTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.Item;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 20: an issue type the item source does not know is never silently "Other": a near miss fails
 * with the closest known name, on each item; any other type is one warning naming its items.
 */
class ItemTypesKnownRuleTest {
    @Test
    void shouldFailANearMissOnEachItemNamingTheClosestKnownType() {
        GateResult result = evaluate(
                complete().items(unknown("MED-7", "Software Requirements"), unknown("MED-8", "Software Requirements")));

        assertThat(findings(result, "item-types-known"))
                .hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.level()).isEqualTo(Level.FAIL);
                    assertThat(f.citation()).startsWith("QMS criterion");
                    assertThat(f.message())
                            .contains("has issue type 'Software Requirements'")
                            .contains("the closest known type is 'Software Requirement'");
                })
                .extracting(Finding::item)
                .containsExactly("MED-7", "MED-8");
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void shouldWarnOnceAboutAnotherTypeNamingItsItems() {
        GateResult result = evaluate(
                complete().items(unknown("MED-30", "Bug"), unknown("MED-31", "Bug"), unknown("MED-32", "Epic")));

        assertThat(findings(result, "item-types-known"))
                .extracting(Finding::level, Finding::item, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Level.WARNING,
                                "issue type Bug",
                                "2 item(s) (MED-30, MED-31) have issue type 'Bug', not a 62304 issue type, so no rule "
                                        + "checks them (the closest known type is 'Hazard'); narrow the scope if they "
                                        + "are not 62304 items"),
                        org.assertj.core.groups.Tuple.tuple(
                                Level.WARNING,
                                "issue type Epic",
                                "1 item(s) (MED-32) have issue type 'Epic', not a 62304 issue type, so no rule checks "
                                        + "them (the closest known type is 'Hazard'); narrow the scope if they are "
                                        + "not 62304 items"));
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void shouldKeepTheSourcesNameOfAnUnknownTypeInTheBaseline() {
        assertThat(complete().items(unknown("MED-30", "Bug")).assemble().items())
                .filteredOn(item -> item.key().equals("MED-30"))
                .singleElement()
                .satisfies(item -> assertThat(item.type()).isEqualTo("Bug"));
    }

    private static Item unknown(final String key, final String type) {
        return new Item(
                key,
                ItemType.ofName(type),
                "summary of " + key,
                "Open",
                false,
                "2026-11-01T10:00:00Z",
                Map.of(),
                List.<ItemLink>of(),
                type);
    }
}
