package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One issue the emulator keeps: its fields, links, remote links, comments, workflow and history. */
public final class EmulatedIssue {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String id;
    final String key;
    String type;
    String summary;
    String status;
    boolean done;
    String updated = "2026-11-01T10:00:00.000+0000";
    final Map<String, JsonNode> customFields = new LinkedHashMap<>();
    final List<ObjectNode> links = new ArrayList<>();
    final Map<String, ObjectNode> remoteLinks = new LinkedHashMap<>();
    final Map<String, JsonNode> properties = new LinkedHashMap<>();
    final List<ObjectNode> comments = new ArrayList<>();
    final List<ObjectNode> history = new ArrayList<>();
    final Map<String, String[]> transitions = new LinkedHashMap<>();
    int notifications;

    EmulatedIssue(
            final String id,
            final String key,
            final String type,
            final String summary,
            final String status,
            final boolean done) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.summary = summary;
        this.status = status;
        this.done = done;
    }

    /** Sets a custom field by id; a String becomes text, a {@code JsonNode} is kept as it is. */
    public EmulatedIssue summary(final String text) {
        this.summary = text;
        return this;
    }

    public EmulatedIssue field(final String fieldId, final Object value) {
        customFields.put(fieldId, value instanceof JsonNode node ? node : JSON.textNode(String.valueOf(value)));
        return this;
    }

    /** Sets a select field: {@code {"value": …}}. */
    public EmulatedIssue option(final String fieldId, final String value) {
        ObjectNode option = JSON.objectNode()
                .put("self", "https://emulator/option/1")
                .put("value", value)
                .put("id", "1");
        customFields.put(fieldId, option);
        return this;
    }

    /** Offers a transition by name to a status ({@code done} marks a done status category). */
    public EmulatedIssue transition(final String id, final String name, final String to, final boolean toDone) {
        transitions.put(id, new String[] {name, to, String.valueOf(toDone)});
        return this;
    }

    /** How many edits notified the issue's watchers (all but those sent with {@code notifyUsers=false}). */
    public int notifications() {
        return notifications;
    }

    public String summary() {
        return summary;
    }

    public String type() {
        return type;
    }

    public String status() {
        return status;
    }

    public List<ObjectNode> comments() {
        return List.copyOf(comments);
    }

    public Map<String, ObjectNode> remoteLinks() {
        return Map.copyOf(remoteLinks);
    }

    /** An entity property as stored, or null. */
    public JsonNode property(final String key) {
        return properties.get(key);
    }

    /** Sets an entity property, as another client would have; null removes it. */
    public EmulatedIssue property(final String key, final JsonNode value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
        return this;
    }

    /** Removes the entity properties whose keys start with {@code prefix} (as an administrator or another app might). */
    public EmulatedIssue removeProperties(final String prefix) {
        properties.keySet().removeIf(key -> key.startsWith(prefix));
        return this;
    }

    /** Adds a remote link as stored by Jira, e.g. one an earlier version wrote; its id is returned by Jira's reads. */
    public EmulatedIssue remoteLink(final String globalId, final long id, final String url, final String title) {
        ObjectNode link = JSON.objectNode().put("id", id).put("globalId", globalId);
        link.putObject("application").put("type", "io.trace62304.build").put("name", "Trace62304");
        link.put("relationship", "checked in build");
        link.putObject("object").put("url", url).put("title", title).put("summary", "");
        remoteLinks.put(globalId, link);
        return this;
    }

    public JsonNode field(final String fieldId) {
        return customFields.get(fieldId);
    }

    public List<ObjectNode> links() {
        return List.copyOf(links);
    }

    void record(final String field, final String from, final String to) {
        changed("Release gate", "2026-11-23T10:00:00.000+0000", field, from, to);
    }

    /**
     * Records a change by an identified user, as Jira's history shows it: Cloud names the author by
     * {@code accountId}, Data Center by {@code name} and {@code key} (each site shows only its own; see Routes).
     */
    public EmulatedIssue changedBy(
            final String userId,
            final String displayName,
            final String created,
            final String field,
            final String from,
            final String to) {
        changed(displayName, created, field, from, to);
        ((ObjectNode) history.get(history.size() - 1).get("author"))
                .put("accountId", userId)
                .put("name", userId)
                .put("key", userId);
        return this;
    }

    /** Records a change as Jira's history shows it: who, when, which field, from and to. */
    public EmulatedIssue changed(
            final String author, final String created, final String field, final String from, final String to) {
        ObjectNode entry =
                JSON.objectNode().put("id", String.valueOf(history.size() + 1)).put("created", created);
        entry.putObject("author").put("displayName", author).put("active", true);
        entry.putArray("items")
                .addObject()
                .put("field", field)
                .put("fieldtype", "jira")
                .put("fromString", from)
                .put("toString", to);
        history.add(entry);
        return this;
    }
}
