package io.trace62304.pack;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.render.Html;
import io.trace62304.soup.Assessment;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import java.util.List;
import java.util.Optional;

/**
 * {@code soup-list}: every SOUP of the build (8.1.2) with version, supplier, licence and support level from its SOUP
 * item, how it was reconciled, and its known vulnerabilities with their recorded assessments (7.1.3). What is not
 * recorded says so; nothing is filled in.
 */
final class SoupList implements PackDocument {
    static final String NOT_RECORDED = "not recorded";

    @Override
    public String name() {
        return "soup-list";
    }

    @Override
    public String title() {
        return "SOUP list";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.3.3, 7.1.2, 7.1.3, 8.1.2";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        List<SoupEntry> soup = content.baseline().soup();
        html.element(
                "p",
                soup.size() + " SOUP entr" + (soup.size() == 1 ? "y" : "ies")
                        + ": the build's third-party components reconciled with the SOUP items (8.1.2).");
        Column.open(
                html,
                Column.of("Component", 20),
                Column.of("Version", 10),
                Column.of("Supplier", 15),
                Column.of("Licence", 10),
                Column.of("Support level", 15),
                Column.of("SOUP item", 10),
                Column.of("Reconciled", 10),
                Column.of("Known vulnerabilities", 10));
        for (SoupEntry entry : soup) {
            Optional<ItemState> item = content.item(entry.itemKey());
            html.open("tr")
                    .element("td", component(entry))
                    .element("td", version(entry))
                    .element("td", field(item, ItemField.SOUP_MANUFACTURER))
                    .element("td", licence(entry, item))
                    .element("td", support(item))
                    .element("td", entry.itemKey().isEmpty() ? "none" : entry.itemKey());
            html.element("td", outcome(entry.outcome()), "class", entry.outcome() == SoupOutcome.MATCHED ? "ok" : "bad")
                    .element("td", String.valueOf(entry.vulnerabilities().size()))
                    .close("tr")
                    .markup("\n");
        }
        Column.close(html);
        vulnerabilities(html, soup);
    }

    private static void vulnerabilities(final Html html, final List<SoupEntry> soup) {
        long count = soup.stream().mapToLong(e -> e.vulnerabilities().size()).sum();
        html.element("h2", "Known vulnerabilities and their assessments (7.1.3): " + count);
        Column.open(
                html,
                Column.of("Component", 15),
                Column.of("Vulnerability", 15),
                Column.of("Severity", 10),
                Column.of("Score", 5),
                Column.of("Assessment", 10),
                Column.of("Justification and detail", 35),
                Column.of("Recorded in", 10));
        for (SoupEntry entry : soup) {
            for (ComponentVulnerability vulnerability : entry.vulnerabilities()) {
                Assessment assessment = vulnerability.assessment();
                html.open("tr")
                        .element("td", component(entry))
                        .element("td", vulnerability.id())
                        .element("td", vulnerability.severity().name())
                        .element("td", vulnerability.score().isEmpty() ? "-" : vulnerability.score());
                html.element(
                                "td",
                                assessment.state().isEmpty() ? "not assessed" : assessment.state(),
                                "class",
                                !assessment.isDecided() || assessment.isExploitable() ? "bad" : "ok")
                        .element("td", join(assessment.justification(), assessment.detail()))
                        .element("td", assessment.recordedIn().isEmpty() ? "-" : assessment.recordedIn())
                        .close("tr")
                        .markup("\n");
            }
        }
        Column.close(html);
    }

    static String component(final SoupEntry entry) {
        String name = entry.component().name();
        String group = entry.component().group();
        if (name.isEmpty()) {
            return entry.ref();
        }
        return group.isEmpty() ? name : group + ":" + name;
    }

    private static String version(final SoupEntry entry) {
        String built = entry.component().version();
        if (entry.outcome() == SoupOutcome.VERSION_DRIFT) {
            return built + " (SOUP item names " + entry.itemVersion() + ")";
        }
        return built.isEmpty() ? entry.itemVersion() : built;
    }

    private static String licence(final SoupEntry entry, final Optional<ItemState> item) {
        List<String> licences = entry.component().licenses();
        String recorded = field(item, ItemField.SOUP_LICENSE);
        if (licences.isEmpty()) {
            return recorded;
        }
        String found = String.join(", ", licences);
        return recorded.equals(NOT_RECORDED) || recorded.equals(found)
                ? found
                : found + " (SOUP item: " + recorded + ")";
    }

    private static String support(final Optional<ItemState> item) {
        String level = field(item, ItemField.SUPPORT_LEVEL);
        String end =
                item.map(i -> i.field(ItemField.END_OF_SUPPORT.fieldName())).orElse("");
        return end.isEmpty() ? level : level + "; end of support " + end;
    }

    static String field(final Optional<ItemState> item, final ItemField field) {
        String value = item.map(i -> i.field(field.fieldName())).orElse("");
        return value.isEmpty() ? NOT_RECORDED : value;
    }

    private static String outcome(final SoupOutcome outcome) {
        return switch (outcome) {
            case MATCHED -> "matched";
            case VERSION_DRIFT -> "version differs";
            case MISSING_ITEM -> "no SOUP item";
            case NOT_IN_BUILD -> "not in the build";
            case DECLARED -> "declared runtime or platform SOUP";
        };
    }

    private static String join(final String a, final String b) {
        if (a.isEmpty()) {
            return b.isEmpty() ? "-" : b;
        }
        return b.isEmpty() ? a : a + ": " + b;
    }
}
