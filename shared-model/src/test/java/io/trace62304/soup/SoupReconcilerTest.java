package io.trace62304.soup;

import static io.trace62304.soup.SoupFixtures.dependency;
import static io.trace62304.soup.SoupFixtures.scan;
import static io.trace62304.soup.SoupFixtures.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemType;
import io.trace62304.report.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoupReconcilerTest {
    private final ItemSet items = ItemSet.of(List.of(
            soupItem(
                    "S-1",
                    "Commons Text",
                    "1.9",
                    "pkg:maven/org.apache/text@1.9?type=jar",
                    "CVE-1: Not Affected - only escapeJava is used\nnot a line with a state\n* CVE-3: in-triage"),
            soupItem("S-2", "Jackson", "2.15.0", "pkg:maven/com.fasterxml/jackson@2.15.0", ""),
            soupItem("S-3", "zlib", "1.3", "", ""),
            soupItem("S-4", "Left the build", "", "pkg:npm/left-pad@1.0.0", "")));

    @Test
    void shouldReconcileEveryOutcome() {
        List<SoupEntry> entries = reconcile(
                dependency("text-1.9.jar", "pkg:maven/org.apache/text@1.9", List.of(), List.of()),
                dependency("jackson-2.16.1.jar", "pkg:maven/com.fasterxml/jackson@2.16.1", List.of(), List.of()),
                dependency("zlib", "", List.of(), List.of()),
                dependency("unknown.jar", "pkg:maven/x/unknown@1", List.of(), List.of()));

        assertThat(entries)
                .extracting(SoupEntry::outcome, SoupEntry::itemKey, SoupEntry::itemVersion)
                .containsExactly(
                        tuple(SoupOutcome.VERSION_DRIFT, "S-2", "2.15.0"),
                        tuple(SoupOutcome.MATCHED, "S-1", "1.9"),
                        tuple(SoupOutcome.MISSING_ITEM, "", ""),
                        tuple(SoupOutcome.NOT_IN_BUILD, "S-4", "1.0.0"),
                        tuple(SoupOutcome.VERSION_DRIFT, "S-3", "1.3"));
        assertThat(entries.get(3).ref()).isEqualTo("pkg:npm/left-pad@1.0.0");
        assertThat(entries.get(4).component().version())
                .as("a scan without a version never matches one")
                .isEmpty();
    }

    @Test
    void shouldMatchByNameWhenNeitherSideHasAPackageUrl() {
        Component zlib = new Component("zlib@1.3", "", "ZLIB", "1.3", "", Map.of(), List.of(), List.of(), List.of());

        assertThat(new SoupReconciler(items).reconcile(List.of(zlib)))
                .filteredOn(entry -> entry.component().name().equals("ZLIB"))
                .singleElement()
                .extracting(SoupEntry::outcome, SoupEntry::itemKey)
                .containsExactly(SoupOutcome.MATCHED, "S-3");
    }

    @Test
    void shouldJoinAssessmentsFromTheSoupItem() {
        List<SoupEntry> entries = reconcile(dependency(
                "text-1.9.jar",
                "pkg:maven/org.apache/text@1.9",
                List.of(
                        vulnerability("CVE-1", Severity.CRITICAL, 9.8),
                        vulnerability("CVE-2", Severity.LOW, 2),
                        vulnerability("CVE-3", Severity.HIGH, 7)),
                List.of()));

        SoupEntry text = entries.stream()
                .filter(e -> "S-1".equals(e.itemKey()))
                .findFirst()
                .orElseThrow();
        assertThat(text.vulnerabilities())
                .extracting(v -> v.id() + "=" + v.assessment().state() + "/"
                        + v.assessment().isDecided())
                .containsExactly("CVE-1=not_affected/true", "CVE-2=/false", "CVE-3=in_triage/false");
        assertThat(text.vulnerabilities().get(0).assessment().detail()).isEqualTo("only escapeJava is used");
        assertThat(text.vulnerabilities().get(0).assessment().recordedIn()).isEqualTo("SOUP item S-1");
    }

    private List<SoupEntry> reconcile(final io.trace62304.depcheck.Dependency... dependencies) {
        return new SoupReconciler(items)
                .reconcile(new ComponentCollector().add(scan(dependencies)).components());
    }

    private static Item soupItem(
            final String key, final String title, final String version, final String purl, final String assessment) {
        return new Item(
                key,
                ItemType.SOUP_ITEM,
                title,
                "Approved",
                false,
                "",
                Map.of(
                        ItemField.SOUP_VERSION,
                        version,
                        ItemField.PACKAGE_URL,
                        purl,
                        ItemField.VULNERABILITY_ASSESSMENT,
                        assessment),
                List.of());
    }
}
