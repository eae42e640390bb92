package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import io.trace62304.risk.TestTally;
import io.trace62304.trace.TestBinding;
import io.trace62304.trace.TraceGraph;
import io.trace62304.trace.VerificationRecords;
import io.trace62304.trace.VerificationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traceability matrix of {@code report.html} (5.7, 7.3.3): one table per item type, one compact row per item
 * (its anchor for links, key, Jira link, summary, class in the policy's terms with the basis as a tooltip, status, verification)
 * and its verifying tests counted by outcome; the failing ones are findings and anomalies, and every result is in
 * {@code baseline.json}, linked once from the section rather than listed per row.
 */
final class MatrixSection {
    private MatrixSection() {}

    static void write(
            final Html html, final Baseline baseline, final ClassificationProfile profile, final ItemLinks links) {
        TraceGraph graph = new TraceGraph(baseline.tests().results());
        VerificationRecords records = new VerificationRecords(
                baseline.items().stream().map(ItemState::asItem).toList());
        Sections.open(
                html,
                "trace",
                "Traceability matrix (5.7, 7.3.3): " + baseline.items().size() + " items, "
                        + baseline.tests().total() + " test results",
                true);
        html.open("p")
                .text("Tests are counted per item by outcome in this build. Each failing, errored or flaky test is"
                        + " a finding of failing-tests above and an anomaly (")
                .link("anomalies.html", "anomalies.html")
                .text("); every result, with the keys it verifies, is in ")
                .link("baseline.json", "baseline.json")
                .text(" (tests.results).")
                .close("p");
        Map<String, List<ItemState>> byType = new LinkedHashMap<>();
        baseline.items()
                .forEach(item -> byType.computeIfAbsent(item.type(), t -> new ArrayList<>())
                        .add(item));
        int table = 0;
        for (Map.Entry<String, List<ItemState>> type : byType.entrySet()) {
            html.element("h3", type.getKey() + " (" + type.getValue().size() + ")");
            html.open("table", "id", "trace-" + table++, "class", "data")
                    .open("thead")
                    .headerRow("Item", "Class", "Status", "Verification", "Verifying tests in this build")
                    .close("thead")
                    .open("tbody");
            for (ItemState item : type.getValue()) {
                row(html, item, graph, records, profile, links);
            }
            html.close("tbody").close("table").markup("\n");
        }
        html.close("details").markup("\n");
    }

    private static void row(
            final Html html,
            final ItemState item,
            final TraceGraph graph,
            final VerificationRecords records,
            final ClassificationProfile profile,
            final ItemLinks links) {
        html.open("tr", "id", ItemLinks.anchor(item.key())).open("td");
        links.jira(html, item.key());
        html.text(" " + item.summary())
                .close("td")
                .element(
                        "td",
                        item.isHazard() || item.safetyClass().isEmpty()
                                ? item.classBasis()
                                : profile.name(SafetyClass.valueOf(item.safetyClass())),
                        "title",
                        item.classBasis())
                .element("td", item.status())
                .element(
                        "td",
                        item.verification().name(),
                        "class",
                        "v-" + item.verification().name())
                .open("td");
        tests(html, graph.testsOf(item.key()));
        List<String> otherwise = records.recordsOf(item.key());
        if (item.verification() == VerificationStatus.VERIFIED_OTHERWISE && !otherwise.isEmpty()) {
            html.element("div", "verified otherwise by " + String.join(", ", otherwise) + " (5.7.4)");
        }
        html.close("td").close("tr").markup("\n");
    }

    private static void tests(final Html html, final List<TestBinding> tests) {
        html.text(TestTally.of(tests).describe());
    }
}
