package io.trace62304.pack;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import io.trace62304.render.Html;
import io.trace62304.trace.TestBinding;
import io.trace62304.trace.TraceGraph;
import java.util.List;

/**
 * {@code trace-matrix}: the chain an auditor follows (7.3.3) from each hazard (with the software items named as its
 * cause) to its risk controls, the requirements
 * implementing them and the tests verifying those in this build, with every gap marked; then each requirement and
 * risk control with the software items implementing it and its verifying tests with their outcomes (5.7.4).
 */
final class TraceabilityMatrix implements PackDocument {
    private static final String NONE = "none";
    private static final String NO_CAUSE = "none named";

    @Override
    public String name() {
        return "trace-matrix";
    }

    @Override
    public String title() {
        return "Traceability matrix";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.1.1, 5.7.4, 7.3.3";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        TraceGraph graph = new TraceGraph(content.baseline().tests().results());
        Links links = new Links(content.baseline().items());
        hazards(html, content, graph, links);
        verification(html, content, graph, links);
    }

    private static void hazards(final Html html, final PackContent content, final TraceGraph graph, final Links links) {
        List<ItemState> hazards = content.items(ItemType.HAZARD.displayName());
        html.element(
                "h2",
                "Hazard → risk control → requirement → verifying tests (7.3.3): " + hazards.size() + " hazard(s)");
        Column.open(
                html,
                Column.of("Hazard (severity)", 20),
                Column.of("Caused by (software items)", 15),
                Column.of("Risk control (class)", 20),
                Column.of("Requirement (class)", 20),
                Column.of("Verifying tests", 25));
        for (ItemState hazard : hazards) {
            List<String> controls = links.of(hazard, LinkType.MITIGATES, Direction.INWARD);
            String severity = hazard.field(ItemField.HAZARD_SEVERITY.fieldName());
            String label = hazard.key() + " " + hazard.summary() + " ("
                    + (severity.isEmpty() ? hazard.classBasis() : severity) + ")";
            List<String> causes = links.of(hazard, LinkType.CAUSES, Direction.INWARD);
            String cause = causes.isEmpty() ? NO_CAUSE : String.join(", ", causes);
            if (controls.isEmpty()) {
                html.open("tr").element("td", label);
                cell(html, cause, causes.isEmpty());
                cell(html, "no risk control", true);
                html.element("td", "").element("td", "").close("tr").markup("\n");
            }
            for (String control : controls) {
                ItemState rc = content.item(control).orElse(null);
                List<String> requirements =
                        rc == null ? List.of() : links.of(rc, LinkType.IMPLEMENTS, Direction.INWARD);
                String rcLabel = rc == null ? control + " (not in the baseline)" : describe(rc);
                if (requirements.isEmpty()) {
                    chainRow(html, label, cause, rcLabel, "no requirement", true, graph.testsOf(control));
                }
                for (String key : requirements) {
                    ItemState requirement = content.item(key).orElse(null);
                    chainRow(
                            html,
                            label,
                            cause,
                            rcLabel,
                            requirement == null ? key + " (not in the baseline)" : describe(requirement),
                            requirement == null,
                            graph.testsOf(key));
                }
            }
        }
        Column.close(html);
    }

    private static void chainRow(
            final Html html,
            final String hazard,
            final String cause,
            final String control,
            final String requirement,
            final boolean requirementGap,
            final List<TestBinding> tests) {
        html.open("tr").element("td", hazard);
        cell(html, cause, NO_CAUSE.equals(cause));
        html.element("td", control);
        cell(html, requirement, requirementGap);
        cell(
                html,
                tests.isEmpty() ? NONE : tests(tests),
                tests.isEmpty() || tests.stream().anyMatch(TestBinding::isAnomaly));
        html.close("tr").markup("\n");
    }

    private static void cell(final Html html, final String text, final boolean gap) {
        if (gap) {
            html.element("td", text, "class", "gap");
        } else {
            html.element("td", text);
        }
    }

    private static void verification(
            final Html html, final PackContent content, final TraceGraph graph, final Links links) {
        List<ItemState> verified = content.baseline().items().stream()
                .filter(i -> i.type().equals(ItemType.REQUIREMENT.displayName())
                        || i.type().equals(ItemType.RISK_CONTROL.displayName()))
                .toList();
        html.element(
                "h2",
                "Requirements and risk controls → software items → tests in this build (5.7.4): " + verified.size()
                        + " item(s), " + content.baseline().tests().total() + " test result(s)");
        Column.open(
                html,
                Column.of("Item", 25),
                Column.of("Type", 10),
                Column.of("Class", 5),
                Column.of("Implemented by", 10),
                Column.of("Verification", 10),
                Column.of("Verifying tests (outcome)", 40));
        for (ItemState item : verified) {
            html.open("tr")
                    .element("td", item.key() + " " + item.summary())
                    .element("td", item.type())
                    .element("td", item.safetyClass())
                    .element("td", Links.joined(links.of(item, LinkType.IMPLEMENTS, Direction.INWARD)));
            String status = item.verification().name();
            html.element("td", status, "class", "VERIFIED".equals(status) ? "ok" : "bad");
            List<TestBinding> tests = graph.testsOf(item.key());
            cell(
                    html,
                    tests.isEmpty() ? NONE : tests(tests),
                    tests.isEmpty() || tests.stream().anyMatch(TestBinding::isAnomaly));
            html.close("tr").markup("\n");
        }
        Column.close(html);
    }

    private static String describe(final ItemState item) {
        return item.key() + " " + item.summary() + " (" + item.safetyClass() + ")";
    }

    private static String tests(final List<TestBinding> tests) {
        return String.join(
                "; ", tests.stream().map(t -> t.id() + " " + t.outcome().name()).toList());
    }
}
