package io.trace62304.pack;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.GateSummary.RuleStatus;
import io.trace62304.baseline.ItemState;
import io.trace62304.evidence.InputFile;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.render.Html;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code development-plan}: the skeleton of the software development plan (5.1) and maintenance plan (6.1), filled in
 * with what the baseline shows (the classes of the software items, the gate rules in force with their clauses, the
 * tools and inputs, configuration management, problem resolution, SOUP monitoring), and an explicit "to be completed"
 * for each part the data cannot answer.
 */
final class DevelopmentPlan implements PackDocument {
    private static final String TO_COMPLETE = "To be completed by the manufacturer: ";

    @Override
    public String name() {
        return "development-plan";
    }

    @Override
    public String title() {
        return "Software development and maintenance plan";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.1, 6.1";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        Baseline baseline = content.baseline();
        html.element(
                "p",
                "A skeleton: each section states what the configuration baseline of this release shows; the parts"
                        + " the data cannot show are marked to be completed and approved as the manufacturer's own"
                        + " plan.",
                "class",
                "note");
        classes(html, content);
        rules(html, baseline);
        tools(html, baseline);
        configuration(html, content);
        problems(html, content);
        soupMonitoring(html, content);
        todo(
                html,
                "Life cycle model, deliverables and responsibilities (5.1.1, 5.1.4, 5.1.6, 5.1.8)",
                "the development life cycle model, the deliverables of each activity, who does and approves them,"
                        + " and how this plan is kept up to date.");
    }

    private static void classes(final Html html, final PackContent content) {
        List<ItemState> software = content.baseline().items().stream()
                .filter(i -> ItemType.ofName(i.type()).isSoftware())
                .toList();
        html.element("h2", "1. Software safety classification (4.3)");
        html.element(
                "p",
                "The software system is developed as Class "
                        + content.baseline().systemClass().name()
                        + ", the highest class of its items (C when nothing is classified, 4.3g); the activities of"
                        + " Table A.1 apply per class.");
        html.open("table")
                .open("thead")
                .headerRow("Software item", "Class", "Why")
                .close("thead")
                .open("tbody");
        software.forEach(i -> html.row(i.key() + " " + i.summary(), i.safetyClass(), i.classBasis()));
        html.close("tbody").close("table").markup("\n");
    }

    private static void rules(final Html html, final Baseline baseline) {
        html.element("h2", "2. Activities checked at every release: the gate rules in force (5.1.1, Table A.1)");
        html.element(
                "p",
                "Policy "
                        + (baseline.gate().policy().isEmpty()
                                ? "(defaults)"
                                : baseline.gate().policy())
                        + (baseline.gate().policySha256().isEmpty()
                                ? ""
                                : ", SHA-256 " + baseline.gate().policySha256())
                        + ". A release is built only when the gate passes.");
        baseline.gate().belowMinimum().forEach(line -> html.element("p", line, "class", "gap"));
        html.open("table")
                .open("thead")
                .headerRow("Rule", "Clause", "Status in this release", "Findings")
                .close("thead")
                .open("tbody");
        for (RuleStatus rule : baseline.gate().rules()) {
            html.row(rule.id(), rule.clause(), rule.status(), String.valueOf(rule.findings()));
        }
        html.close("tbody").close("table").markup("\n");
    }

    private static void tools(final Html html, final Baseline baseline) {
        html.element("h2", "3. Tools and verification inputs (5.1.4, 5.1.10)");
        html.open("table")
                .open("thead")
                .headerRow("Tool", "Version")
                .close("thead")
                .open("tbody");
        baseline.build().tools().forEach(t -> html.row(t.name(), t.version()));
        html.close("tbody").close("table");
        TreeMap<String, Integer> kinds = new TreeMap<>();
        for (InputFile input : baseline.inputs()) {
            kinds.merge(input.kind(), 1, Integer::sum);
        }
        html.open("table")
                .open("thead")
                .headerRow("Evidence read at each release", "Files")
                .close("thead");
        html.open("tbody");
        kinds.forEach((kind, count) -> html.row(kind, String.valueOf(count)));
        html.close("tbody").close("table").markup("\n");
    }

    private static void configuration(final Html html, final PackContent content) {
        Baseline baseline = content.baseline();
        html.element("h2", "4. Configuration management (5.1.11, 8.1, 8.2)");
        html.element(
                "p",
                "Every build is recorded in a sealed configuration baseline (RFC 8785 canonical JSON, SHA-256),"
                        + " chained to the previous one; this release is "
                        + content.sealed().digest()
                        + (baseline.previousDigest().isEmpty() ? "" : ", chained to " + baseline.previousDigest())
                        + ". Items come from " + baseline.itemSource() + ".");
    }

    private static void problems(final Html html, final PackContent content) {
        List<ItemState> reports = content.items(ItemType.PROBLEM_REPORT.displayName());
        long open = reports.stream().filter(r -> !r.done()).count();
        html.element("h2", "5. Software problem resolution (5.1.9, 9)");
        html.element(
                "p",
                reports.size() + " software problem report(s) in scope, " + open
                        + " unresolved (see the anomaly list). Closed reports are checked for risk evaluation,"
                        + " root cause and verification at every release (9.2, 9.5, 9.7, 9.8).");
    }

    private static void soupMonitoring(final Html html, final PackContent content) {
        List<ItemState> soup = content.items(ItemType.SOUP_ITEM.displayName());
        html.element("h2", "6. Maintenance: SOUP monitoring and feedback (6.1, 6.2.1, 7.1.3, 8.1.2)");
        html.element(
                "p",
                soup.size() + " SOUP item(s). Published anomaly lists and vulnerabilities are monitored after release"
                        + " against the released baselines (trace62304 monitor: OSV records, the CISA KEV catalogue,"
                        + " dependency scans); each vulnerability needs a recorded assessment (7.1.3).");
        html.open("table")
                .open("thead")
                .headerRow("SOUP item", "Version", "Anomaly list reviewed", "Support level", "End of support")
                .close("thead")
                .open("tbody");
        for (ItemState item : soup) {
            Optional<ItemState> found = Optional.of(item);
            html.row(
                    item.key() + " " + item.summary(),
                    SoupList.field(found, ItemField.SOUP_VERSION),
                    SoupList.field(found, ItemField.ANOMALY_LIST_REVIEWED),
                    SoupList.field(found, ItemField.SUPPORT_LEVEL),
                    SoupList.field(found, ItemField.END_OF_SUPPORT));
        }
        html.close("tbody").close("table").markup("\n");
        TreeSet<String> sources = new TreeSet<>();
        content.baseline().soup().forEach(e -> sources.addAll(e.component().sources()));
        todo(
                html,
                "Maintenance plan (6.1)",
                "how feedback from users and the field is received and evaluated, the"
                        + " criteria for deciding a change is a problem (6.1b), and the monitoring interval; components are"
                        + " identified from " + (sources.isEmpty() ? "no report" : String.join(", ", sources)) + ".");
    }

    private static void todo(final Html html, final String heading, final String what) {
        html.element("h3", heading).element("p", TO_COMPLETE + what, "class", "todo");
    }
}
