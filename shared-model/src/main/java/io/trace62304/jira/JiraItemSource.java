package io.trace62304.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.itemfile.JiraIssueMapper;
import io.trace62304.report.ReportException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The 62304 items of a JQL scope, read live: one request for the field list, then one search request per page
 * asking only for the fields the gate uses. Any failure fails the whole load, so the gate fails closed.
 */
public final class JiraItemSource implements ItemSource {
    private static final List<String> SYSTEM_FIELDS =
            List.of("summary", "issuetype", "status", "updated", "issuelinks");

    private final JiraClient client;
    private final String jql;

    public JiraItemSource(final JiraClient client, final String jql) {
        this.client = client;
        this.jql = jql;
    }

    @Override
    public ItemSet load() throws ItemSourceException {
        SearchResult result = read();
        try {
            JiraIssueMapper mapper = new JiraIssueMapper(describe());
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < result.pages().size(); i++) {
                items.addAll(mapper.map(result.pages().get(i), "page " + (i + 1)));
            }
            return ItemSet.of(items);
        } catch (ReportException | IllegalArgumentException e) {
            throw new ItemSourceException("the items from " + describe() + " cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * The scope's search pages as Jira returned them, in one JSON array: the format of a saved search file, so a
     * gate on another machine reads exactly these items ({@code JiraSearchFileItemSource}).
     */
    public ArrayNode savedSearch() throws ItemSourceException {
        ArrayNode pages = JsonNodeFactory.instance.arrayNode();
        read().pages().forEach(pages::add);
        return pages;
    }

    private SearchResult read() throws ItemSourceException {
        try {
            Map<String, String> ids = client.fieldIds(
                    Arrays.stream(ItemField.values()).map(ItemField::fieldName).toList());
            List<String> fields = new ArrayList<>(SYSTEM_FIELDS);
            fields.addAll(ids.values());
            return client.search(jql, fields);
        } catch (JiraException e) {
            throw new ItemSourceException("cannot read the items from " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "Jira " + client.site() + " ("
                + client.flavour().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ") JQL: " + jql;
    }
}
