package io.trace62304.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.Item;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.Timestamps;
import io.trace62304.itemfile.JiraIssueMapper;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.report.ReportException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an audit trail from Jira in as few requests as its API allows: the field list and one search request per
 * 100 issues, change histories in bulk (Cloud, up to 1,000 issues a request) or one request per issue (Data
 * Center), and one remote-link request per issue (Jira has no bulk read for them).
 */
public final class AuditCollector {
    private final JiraClient client;
    private final Consumer<String> progress;

    public AuditCollector(final JiraClient client, final Consumer<String> progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * @throws JiraException        if Jira cannot be read
     * @throws ItemSourceException  if the search is incomplete or its fields cannot be mapped
     */
    public AuditTrail collect(final String jql) throws JiraException, ItemSourceException {
        JiraItemSource source = new JiraItemSource(client, jql);
        JsonNode pages = source.savedSearch();
        List<Item> items = new ArrayList<>();
        Map<String, String> keysById = new HashMap<>();
        JiraIssueMapper mapper = new JiraIssueMapper(source.describe());
        try {
            for (int i = 0; i < pages.size(); i++) {
                items.addAll(mapper.map(pages.get(i), "page " + (i + 1)));
                pages.get(i)
                        .path("issues")
                        .forEach(issue -> keysById.put(
                                issue.path("id").asText(), issue.path("key").asText()));
            }
        } catch (ReportException e) {
            throw new ItemSourceException(
                    "the items from " + source.describe() + " cannot be used: " + e.getMessage(), e);
        }
        items.sort(Comparator.comparing(Item::key, IssueKeys.ORDER));
        progress.accept("reading the change history of " + items.size() + " item(s)");
        Map<String, List<JsonNode>> histories =
                byKey(client.changelogs(items.stream().map(Item::key).toList(), List.of()), keysById);
        List<AuditTrail.Audited> audited = new ArrayList<>();
        for (Item item : items) {
            audited.add(new AuditTrail.Audited(
                    item, remoteLinks(item.key()), changes(item.key(), histories.getOrDefault(item.key(), List.of()))));
        }
        return new AuditTrail(source.describe(), audited);
    }

    /** Cloud keys bulk histories by issue id, Data Center by key. */
    private static Map<String, List<JsonNode>> byKey(
            final Map<String, List<JsonNode>> histories, final Map<String, String> keysById) {
        Map<String, List<JsonNode>> byKey = new HashMap<>();
        histories.forEach((idOrKey, entries) -> byKey.put(keysById.getOrDefault(idOrKey, idOrKey), entries));
        return byKey;
    }

    private List<AuditTrail.RemoteLink> remoteLinks(final String key) throws JiraException {
        List<AuditTrail.RemoteLink> links = new ArrayList<>();
        for (JsonNode link : client.remoteLinks(key)) {
            JsonNode object = link.path("object");
            links.add(new AuditTrail.RemoteLink(
                    object.path("title").asText(),
                    object.path("url").asText(),
                    link.path("relationship").asText(),
                    object.path("summary").asText()));
        }
        links.sort(Comparator.comparing(AuditTrail.RemoteLink::url).thenComparing(AuditTrail.RemoteLink::title));
        return links;
    }

    /** Every changed field, oldest first by instant (equal instants keep Jira's order). */
    private static List<AuditTrail.Change> changes(final String key, final List<JsonNode> entries)
            throws ItemSourceException {
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (JsonNode entry : entries) {
            String created = entry.path("created").asText("");
            Instant when = Timestamps.parse(created)
                    .orElseThrow(() -> new ItemSourceException(
                            "a change of " + key + " was recorded at '" + created
                                    + "', which is not a Jira date-time; the audit trail would be out of order",
                            null));
            String who = entry.path("author").path("displayName").asText("(unknown)");
            for (JsonNode item : entry.path("items")) {
                changes.add(new AuditTrail.Change(
                        when,
                        who,
                        item.path("field").asText(),
                        item.path("fromString").asText(""),
                        item.path("toString").asText("")));
            }
        }
        changes.sort(Comparator.comparing(AuditTrail.Change::when));
        return changes;
    }
}
