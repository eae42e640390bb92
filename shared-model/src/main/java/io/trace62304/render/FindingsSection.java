package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import java.util.List;
import java.util.Locale;

/**
 * The findings of {@code report.html}: a table of the groups ({@link FindingGroups}: rule, class, level) with their
 * counts, then each group as a collapsible part with its clause; a group longer than a page starts collapsed (a
 * click opens it, without script). What every finding of a group says alike is written once above its rows
 * ({@link CommonText}; the item's own key or name and the evidence missing, where the text names them, are written
 * {@link #ITEM} and {@link #MISSING} so that they
 * need not be repeated), and each row keeps what differs. Each finding links to the item's row in the matrix, whose
 * key links to its Jira issue.
 */
final class FindingsSection {
    /** Stands for the row's item in a finding's text (a group whose texts contain it is not templated). */
    static final String ITEM = "[item]";

    /** Stands for the row's evidence missing in a finding's text. */
    static final String MISSING = "[missing]";

    private FindingsSection() {}

    static void write(final Html html, final GateResult result, final Baseline baseline, final ItemLinks links) {
        List<FindingGroups.Group> groups = FindingGroups.of(result, baseline);
        Sections.open(
                html,
                "findings",
                "Findings (" + result.findings().size() + ") in " + groups.size()
                        + " group(s) by rule, class and level",
                true);
        if (groups.isEmpty()) {
            html.element("p", "No findings.");
        } else {
            html.open("table", "class", "groups")
                    .open("thead")
                    .headerRow("Rule", "Clause", "Class", "Level", "Findings")
                    .close("thead")
                    .open("tbody");
            for (int i = 0; i < groups.size(); i++) {
                FindingGroups.Group group = groups.get(i);
                html.open("tr", "class", level(group))
                        .open("td")
                        .element("a", group.rule().id(), "href", "#fg-" + i)
                        .close("td")
                        .element("td", group.rule().citation())
                        .element("td", group.classLabel())
                        .element("td", group.level().name())
                        .element("td", String.valueOf(group.findings().size()))
                        .close("tr")
                        .markup("\n");
            }
            html.close("tbody").close("table");
        }
        for (int i = 0; i < groups.size(); i++) {
            group(html, groups.get(i), "fg-" + i, links);
        }
        html.close("details").markup("\n");
    }

    private static void group(
            final Html html, final FindingGroups.Group group, final String id, final ItemLinks links) {
        List<Finding> findings = group.findings();
        String title = group.rule().id() + " (" + group.rule().citation() + "), " + group.classLabel() + ", "
                + group.level() + ": " + findings.size() + " finding(s)";
        if (findings.size() <= Sections.PAGE) {
            html.open("details", "id", id, "class", "group", "open", "open");
        } else {
            html.open("details", "id", id, "class", "group");
        }
        html.element("summary", title);
        List<String> missing = findings.stream().map(Finding::missing).toList();
        boolean sameMissing = missing.stream().distinct().count() == 1;
        CommonText missingCommon = sameMissing ? CommonText.NONE : CommonText.of(missing);
        boolean templated = findings.size() > 1
                && findings.stream()
                        .noneMatch(
                                f -> f.message().contains(ITEM) || f.message().contains(MISSING));
        List<String> messages = findings.stream()
                .map(f -> templated ? template(f) : f.message())
                .toList();
        CommonText messageCommon = CommonText.of(messages);
        boolean sameMessage = templated && messages.stream().distinct().count() == 1;
        if (sameMissing) {
            html.element("p", "Evidence missing in each: " + missing.get(0));
        }
        common(html, "Evidence missing", missingCommon, false);
        if (sameMessage) {
            html.element(
                    "p",
                    "Finding in each, with its item in place of " + ITEM + " and the evidence missing in place of "
                            + MISSING + ": " + messages.get(0));
        } else {
            common(html, "Finding", messageCommon, templated);
        }
        html.open("table", "id", id + "-t", "class", "data")
                .open("thead")
                .open("tr")
                .element("th", "Item");
        if (!sameMissing) {
            html.element("th", "Evidence missing");
        }
        if (!sameMessage) {
            html.element("th", "Finding");
        }
        html.close("tr").close("thead").open("tbody");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            html.open("tr").open("td");
            links.write(html, finding.item());
            html.close("td");
            if (!sameMissing) {
                html.element("td", missingCommon.middle(finding.missing()));
            }
            if (!sameMessage) {
                html.element("td", messageCommon.middle(messages.get(i)));
            }
            html.close("tr").markup("\n");
        }
        html.close("tbody").close("table").close("details").markup("\n");
    }

    /** "Finding in each row reads: '[item] lacks …', with the row's text in place of …". */
    private static void common(final Html html, final String column, final CommonText common, final boolean templated) {
        if (common.isEmpty()) {
            return;
        }
        html.open("p", "class", "common")
                .text(column + " in each row reads: ")
                .element("q", common.prefix() + "\u2026" + common.suffix())
                .text(", with the row's text in place of \u2026"
                        + (templated
                                ? ", its item in place of " + ITEM + ", its evidence missing in place of " + MISSING
                                : ""))
                .close("p");
    }

    /**
     * The message with its first mention of the finding's item written {@link #ITEM}, and of the evidence missing
     * (its own column) written {@link #MISSING}, so it can be common.
     */
    private static String template(final Finding finding) {
        return replaceFirst(replaceFirst(finding.message(), finding.missing(), MISSING), finding.item(), ITEM);
    }

    private static String replaceFirst(final String text, final String part, final String placeholder) {
        int at = part.isEmpty() ? -1 : text.indexOf(part);
        return at < 0 ? text : text.substring(0, at) + placeholder + text.substring(at + part.length());
    }

    private static String level(final FindingGroups.Group group) {
        return "level-" + group.level().name().toLowerCase(Locale.ROOT);
    }
}
