package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Level;
import java.util.List;
import java.util.Locale;

/**
 * The findings of {@code report.html}: one collapsible group per rule and class ({@link FindingGroups}) with its
 * counts and clause; a group longer than a page starts collapsed (a click opens it, without script). Each finding
 * links to the item's row in the matrix and to its Jira issue.
 */
final class FindingsSection {
    private FindingsSection() {}

    static void write(final Html html, final GateResult result, final Baseline baseline, final ItemLinks links) {
        List<FindingGroups.Group> groups = FindingGroups.of(result, baseline);
        Sections.open(
                html,
                "findings",
                "Findings (" + result.findings().size() + ") in " + groups.size() + " group(s) by rule and class",
                true);
        if (groups.isEmpty()) {
            html.element("p", "No findings.");
        }
        html.open("table", "class", "groups")
                .headerRow("Rule", "Clause", "Class", "Findings", "Error", "Fail", "Warning");
        for (int i = 0; i < groups.size(); i++) {
            FindingGroups.Group group = groups.get(i);
            html.open("tr")
                    .open("td")
                    .element("a", group.rule().id(), "href", "#fg-" + i)
                    .close("td")
                    .element("td", group.rule().citation())
                    .element("td", group.classLabel())
                    .element("td", String.valueOf(group.findings().size()))
                    .element("td", String.valueOf(group.count(Level.ERROR)))
                    .element("td", String.valueOf(group.count(Level.FAIL)))
                    .element("td", String.valueOf(group.count(Level.WARNING)))
                    .close("tr")
                    .markup("\n");
        }
        html.close("table");
        for (int i = 0; i < groups.size(); i++) {
            group(html, groups.get(i), "fg-" + i, links);
        }
        html.close("details").markup("\n");
    }

    private static void group(
            final Html html, final FindingGroups.Group group, final String id, final ItemLinks links) {
        List<Finding> findings = group.findings();
        String title = group.rule().id() + " (" + group.rule().citation() + "), " + group.classLabel() + ": "
                + findings.size() + " finding(s)";
        if (findings.size() <= Sections.PAGE) {
            html.open("details", "id", id, "class", "group", "open", "open");
        } else {
            html.open("details", "id", id, "class", "group");
        }
        html.element("summary", title);
        Sections.filter(html, id + "-t");
        html.open("table", "id", id + "-t", "class", "paged").headerRow("Level", "Item", "Evidence missing", "Finding");
        for (Finding finding : findings) {
            html.open("tr", "class", "level-" + finding.level().name().toLowerCase(Locale.ROOT))
                    .element("td", finding.level().name())
                    .open("td");
            links.write(html, finding.item());
            html.close("td")
                    .element("td", finding.missing())
                    .element("td", finding.message())
                    .close("tr")
                    .markup("\n");
        }
        html.close("table").close("details").markup("\n");
    }
}
