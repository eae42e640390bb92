package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.item.ItemType;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.monitor.AffectedReleases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * After {@code monitor}, opens or updates one Software Problem Report per vulnerability of a released SOUP item,
 * naming the released versions it affects (9.1, 6.2.1.3, 6.2.5), in the SOUP item's project. Which problem report
 * belongs to which vulnerability is kept in an issue property on the SOUP item ({@value #PROPERTY}: per
 * vulnerability the report's key and the digest of what it says), read in bulk first, so a re-run with nothing
 * changed reads once and writes nothing, a changed severity or a newly affected release edits the same report, and
 * no report is ever opened twice. The record is written right after each create, before anything else.
 */
public final class MonitorLinkBack {
    /** The SOUP item's issue property recording the problem reports monitor opened. */
    public static final String PROPERTY = "trace62304.monitor";

    /** The label every problem report monitor opens carries (for JQL: {@code labels = trace62304-monitor}). */
    public static final String LABEL = "trace62304-monitor";

    static final String SCHEMA = "trace62304-monitor-reports/1";

    private final JiraClient client;
    private final Consumer<String> progress;
    private final Map<Kind, Map<WriteOutcome, Integer>> writes = new EnumMap<>(Kind.class);
    private final List<String> failures = new ArrayList<>();

    public MonitorLinkBack(final JiraClient client, final Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * @param problems what the problem reports should say ({@link AffectedReleases#of})
     * @return what was written, and what failed
     */
    public LinkBack.Report run(final List<AffectedReleases> problems) {
        Map<String, List<AffectedReleases>> bySoupItem = new LinkedHashMap<>();
        problems.forEach(p ->
                bySoupItem.computeIfAbsent(p.soupItem(), k -> new ArrayList<>()).add(p));
        if (bySoupItem.isEmpty()) {
            return new LinkBack.Report(writes, failures);
        }
        Map<String, JsonNode> issues;
        try {
            issues = client.issueProperties().read(new ArrayList<>(bySoupItem.keySet()), List.of("summary"), PROPERTY);
        } catch (JiraException e) {
            failures.add("cannot read the SOUP items' monitoring records: " + e.getMessage());
            return new LinkBack.Report(writes, failures);
        }
        bySoupItem.forEach((soupItem, reports) -> {
            JsonNode issue = issues.get(soupItem);
            if (issue == null) {
                failures.add(soupItem + ": the SOUP item does not exist in Jira or cannot be seen; no problem report"
                        + " opened for "
                        + reports.stream().map(AffectedReleases::vulnerability).toList());
                return;
            }
            apply(soupItem, record(LinkBackRun.property(issue, PROPERTY)), reports);
        });
        progress.accept("monitor link-back: " + problems.size() + " vulnerability problem report(s), "
                + count(WriteOutcome.CREATED) + " opened, " + count(WriteOutcome.UPDATED) + " updated");
        return new LinkBack.Report(writes, failures);
    }

    private void apply(final String soupItem, final ObjectNode record, final List<AffectedReleases> reports) {
        ObjectNode known = (ObjectNode) record.get("reports");
        for (AffectedReleases report : reports) {
            String digest = LinkIds.sha256(report.summary() + "\n" + report.description());
            JsonNode recorded = known.path(report.vulnerability());
            String key = recorded.path("key").asText("");
            if (!key.isEmpty() && digest.equals(recorded.path("digest").asText())) {
                count(Kind.PROBLEM_REPORT, WriteOutcome.UNCHANGED);
                continue;
            }
            try {
                if (key.isEmpty()) {
                    key = client.createIssue(
                            project(soupItem),
                            ItemType.PROBLEM_REPORT.displayName(),
                            report.summary(),
                            report.description(),
                            List.of(LABEL));
                    count(Kind.PROBLEM_REPORT, WriteOutcome.CREATED);
                } else {
                    client.editIssue(key, report.summary(), report.description());
                    count(Kind.PROBLEM_REPORT, WriteOutcome.UPDATED);
                }
            } catch (JiraException e) {
                failures.add(soupItem + " problem report for " + report.vulnerability() + ": " + e.getMessage());
                continue;
            }
            known.putObject(report.vulnerability()).put("key", key).put("digest", digest);
            try {
                client.issueProperties().set(soupItem, PROPERTY, record);
                count(Kind.STATE, WriteOutcome.UPDATED);
            } catch (JiraException e) {
                failures.add(soupItem + " monitoring record (problem report " + key + " for " + report.vulnerability()
                        + " is not recorded; a re-run opens it again): " + e.getMessage());
                return;
            }
        }
    }

    private static ObjectNode record(final JsonNode stored) {
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("schema", SCHEMA);
        if (stored != null
                && SCHEMA.equals(stored.path("schema").asText())
                && stored.path("reports").isObject()) {
            record.set("reports", stored.path("reports").deepCopy());
        } else {
            record.putObject("reports");
        }
        return record;
    }

    private static String project(final String key) {
        return key.substring(0, Math.max(0, key.lastIndexOf('-')));
    }

    private int count(final WriteOutcome outcome) {
        return writes.getOrDefault(Kind.PROBLEM_REPORT, Map.of()).getOrDefault(outcome, 0);
    }

    private void count(final Kind kind, final WriteOutcome outcome) {
        writes.computeIfAbsent(kind, k -> new EnumMap<>(WriteOutcome.class)).merge(outcome, 1, Integer::sum);
    }
}
