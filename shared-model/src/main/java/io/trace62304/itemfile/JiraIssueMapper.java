package io.trace62304.itemfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.Timestamps;
import io.trace62304.json.JsonFields;
import io.trace62304.report.ReportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the issues of one Jira search page (Cloud v3 or Data Center v2, with {@code expand=names}) to items.
 * Custom fields are found by their names, so the same saved search works on any site; rich text (Cloud's ADF)
 * is reduced to plain text; the last change is kept as an instant in UTC ({@link Timestamps}), whatever time zone
 * the reading user has.
 */
public final class JiraIssueMapper {
    private final JsonFields json;

    /** @param source the file or request the page came from, named in every error */
    public JiraIssueMapper(final String source) {
        this.json = new JsonFields(source);
    }

    /** Maps every issue of a page; {@code pointer} locates the page in its document. */
    public List<Item> map(final JsonNode page, final String pointer) throws ReportException {
        if (!page.path("issues").isArray()) {
            throw json.error(pointer, "a Jira search result has an 'issues' array");
        }
        Map<ItemField, String> ids = fieldIds(page.path("names"), pointer);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < page.get("issues").size(); i++) {
            items.add(item(page.get("issues").get(i), ids, pointer + "/issues/" + i));
        }
        return items;
    }

    private Map<ItemField, String> fieldIds(final JsonNode names, final String pointer) throws ReportException {
        if (!names.isObject()) {
            throw json.error(
                    pointer,
                    "the search was saved without expand=names, so the 62304 fields cannot "
                            + "be found by name; repeat it with expand=names");
        }
        Map<ItemField, String> ids = new EnumMap<>(ItemField.class);
        for (Map.Entry<String, JsonNode> entry : names.properties()) {
            Optional<ItemField> field = ItemField.ofName(entry.getValue().asText());
            if (field.isPresent()) {
                String earlier = ids.putIfAbsent(field.get(), entry.getKey());
                if (earlier != null) {
                    throw json.error(
                            pointer + "/names",
                            "two fields are named '" + field.get().fieldName() + "' (" + earlier + ", " + entry.getKey()
                                    + "); rename one so the gate reads the right one");
                }
            }
        }
        return ids;
    }

    private Item item(final JsonNode issue, final Map<ItemField, String> ids, final String pointer)
            throws ReportException {
        String key = json.text(issue, "key");
        JsonNode fields = issue.path("fields");
        if (key.isEmpty() || !fields.isObject()) {
            throw json.error(pointer, "an issue has a 'key' and 'fields'");
        }
        for (String required : List.of("issuetype", "status", "issuelinks")) {
            if (!fields.has(required)) {
                throw json.error(
                        pointer + "/fields",
                        key + " lacks '" + required + "'; save the search with fields=*all or include " + required);
            }
        }
        Map<ItemField, String> values = new EnumMap<>(ItemField.class);
        ids.forEach((field, id) -> values.put(field, JiraValues.text(fields.path(id))));
        String safetyClass = values.getOrDefault(ItemField.SAFETY_CLASS, "");
        Optional<String> refused = ClassValues.problem(key, safetyClass);
        if (refused.isPresent()) {
            throw json.error(pointer + "/fields/" + ids.get(ItemField.SAFETY_CLASS), refused.get());
        }
        JsonNode status = fields.get("status");
        String typeName = fields.path("issuetype").path("name").asText("");
        return new Item(
                key,
                ItemType.ofName(typeName),
                JiraValues.text(fields.path("summary")),
                status.path("name").asText(""),
                "done".equals(status.path("statusCategory").path("key").asText("")),
                updated(fields.path("updated"), key, pointer),
                values,
                links(fields.get("issuelinks"), key, pointer),
                typeName);
    }

    /** The last change as an instant in UTC: Jira renders it in the reading user's time zone. */
    private String updated(final JsonNode value, final String key, final String pointer) throws ReportException {
        String text = JiraValues.text(value);
        if (text.isBlank()) {
            return "";
        }
        return Timestamps.parse(text)
                .map(Timestamps::utc)
                .orElseThrow(() -> json.error(
                        pointer + "/fields/updated",
                        key + " was last updated at '" + text + "', which is not a Jira date-time"));
    }

    private List<ItemLink> links(final JsonNode issueLinks, final String key, final String pointer)
            throws ReportException {
        json.requireArrayOrAbsent(issueLinks, pointer + "/fields/issuelinks");
        List<ItemLink> links = new ArrayList<>();
        for (JsonNode link : issueLinks) {
            String type = link.path("type").path("name").asText("");
            if (link.has("outwardIssue")) {
                links.add(new ItemLink(
                        type,
                        ItemLink.Direction.OUTWARD,
                        link.path("outwardIssue").path("key").asText()));
            } else if (link.has("inwardIssue")) {
                links.add(new ItemLink(
                        type,
                        ItemLink.Direction.INWARD,
                        link.path("inwardIssue").path("key").asText()));
            } else {
                throw json.error(pointer + "/fields/issuelinks", "a link of " + key + " names no other issue");
            }
        }
        return links;
    }
}
