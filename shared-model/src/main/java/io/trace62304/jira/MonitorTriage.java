package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.ItemField;
import io.trace62304.itemfile.JiraValues;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.monitor.AffectedReleases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The link-back of {@code monitor} when the policy records new vulnerabilities on the SOUP item itself
 * ({@code monitoring.linkBack: soup-item}): one {@code in triage} line per vulnerability in its {@code Vulnerability
 * Assessment} field (7.1.3), naming the affected released versions, e.g. {@code CVE-2025-48924: in triage -
 * [trace62304 monitor] affects released infusion-pump #42; severity medium; fixed in 3.18.0}. "In triage" is no
 * decision, so the gate and monitor still ask for the assessment. A line someone wrote about the vulnerability is
 * never touched; the monitor's own line is rewritten only when what it says changed, so a re-run writes nothing.
 */
final class MonitorTriage {
    static final String MARKER = "[trace62304 monitor]";

    private final JiraClient client;
    private final Consumer<String> progress;
    private final Map<Kind, Map<WriteOutcome, Integer>> writes = new EnumMap<>(Kind.class);
    private final List<String> failures = new ArrayList<>();

    MonitorTriage(final JiraClient client, final Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    LinkBack.Report run(final List<AffectedReleases> problems) {
        Map<String, List<AffectedReleases>> bySoupItem = new LinkedHashMap<>();
        problems.forEach(p ->
                bySoupItem.computeIfAbsent(p.soupItem(), k -> new ArrayList<>()).add(p));
        if (bySoupItem.isEmpty()) {
            return new LinkBack.Report(writes, failures);
        }
        String name = ItemField.VULNERABILITY_ASSESSMENT.fieldName();
        Map<String, JsonNode> issues;
        String field;
        try {
            field = client.fieldIds(List.of(name)).get(name);
            if (field == null) {
                failures.add("Jira has no field '" + name + "': nothing recorded on the SOUP items");
                return new LinkBack.Report(writes, failures);
            }
            issues = client.issueProperties()
                    .read(new ArrayList<>(bySoupItem.keySet()), List.of(field), MonitorLinkBack.PROPERTY);
        } catch (JiraException e) {
            failures.add("cannot read the SOUP items' '" + name + "': " + e.getMessage());
            return new LinkBack.Report(writes, failures);
        }
        bySoupItem.forEach((soupItem, reports) -> {
            JsonNode issue = issues.get(soupItem);
            if (issue == null) {
                failures.add(soupItem + ": the SOUP item does not exist in Jira or cannot be seen; nothing recorded"
                        + " for "
                        + reports.stream().map(AffectedReleases::vulnerability).toList());
                return;
            }
            String current = JiraValues.text(issue.path("fields").path(field)).strip();
            String next = current;
            for (AffectedReleases report : reports) {
                next = withLine(next, report);
            }
            if (next.equals(current)) {
                count(WriteOutcome.UNCHANGED);
                return;
            }
            try {
                client.setText(soupItem, field, next);
                count(WriteOutcome.UPDATED);
            } catch (JiraException e) {
                failures.add(soupItem + " '" + name + "': " + e.getMessage());
            }
        });
        progress.accept("monitor link-back: " + problems.size() + " vulnerability(ies) in triage on "
                + bySoupItem.size() + " SOUP item(s)");
        return new LinkBack.Report(writes, failures);
    }

    /** The field's text with the monitor's line about this vulnerability, unless someone else wrote one. */
    static String withLine(final String text, final AffectedReleases report) {
        List<String> ids = new ArrayList<>(report.aliases());
        ids.add(0, report.vulnerability());
        String wanted = report.vulnerability() + ": in triage - " + MARKER + " affects released "
                + String.join(", ", report.releases()) + "; severity " + report.severity()
                + (report.fixedVersions().isEmpty() ? "" : "; fixed in " + String.join(", ", report.fixedVersions()));
        List<String> lines = new ArrayList<>(text.isEmpty() ? List.of() : List.of(text.split("\\R")));
        for (int i = 0; i < lines.size(); i++) {
            if (ids.contains(id(lines.get(i)))) {
                if (!lines.get(i).contains(MARKER)) {
                    return text;
                }
                lines.set(i, wanted);
                return String.join("\n", lines);
            }
        }
        lines.add(wanted);
        return String.join("\n", lines);
    }

    /** The vulnerability a line of the field is about: its first word, before a colon. */
    private static String id(final String line) {
        String rest = line.strip().replaceFirst("^[-*\\s]+", "");
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end)) && rest.charAt(end) != ':') {
            end++;
        }
        return rest.substring(0, end);
    }

    private void count(final WriteOutcome outcome) {
        writes.computeIfAbsent(Kind.SOUP_ASSESSMENT, k -> new EnumMap<>(WriteOutcome.class))
                .merge(outcome, 1, Integer::sum);
    }
}
