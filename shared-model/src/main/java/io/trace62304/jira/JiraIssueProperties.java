package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.JiraException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue entity properties: JSON a client keeps on an issue, at most 32,768 bytes, written with Browse projects
 * and Edit issues, without notifying anyone or touching the issue's history. Cloud reads them for 100 issues a
 * request ({@code POST /rest/api/3/issue/bulkfetch} with {@code properties}, consistent right after a write,
 * unlike the search); Data Center has no bulk read of properties (its search does not return them,
 * JRASERVER-62898), so it reads them with each issue ({@code GET /issue/{key}?properties=…}).
 */
public final class JiraIssueProperties {
    /** Jira's limit on a property value (UTF-8 bytes). */
    public static final int MAX_BYTES = 32_768;

    /** Issues per bulk fetch (Cloud's limit). */
    static final int BULK = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraHttp http;
    private final Flavour flavour;

    JiraIssueProperties(final JiraHttp http, final Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
    }

    /**
     * The issues with these keys, each with the given fields and {@code properties.<property>} when it is set; an
     * issue that does not exist or cannot be seen is left out. Cloud: ⌈n/100⌉ requests; Data Center: n.
     */
    public Map<String, JsonNode> read(final List<String> keys, final List<String> fieldIds, final String property)
            throws JiraException {
        if (fieldIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one field to read with the properties");
        }
        Map<String, JsonNode> issues = new LinkedHashMap<>();
        if (flavour == Flavour.DATA_CENTER) {
            for (String key : keys) {
                http.sendAllowing404(JiraRequest.get("/rest/api/2/issue/" + JiraClient.encode(key) + "?fields="
                                + JiraClient.encode(String.join(",", fieldIds)) + "&properties="
                                + JiraClient.encode(property)))
                        .ifPresent(issue -> issues.put(issue.path("key").asText(key), issue));
            }
            return issues;
        }
        for (int from = 0; from < keys.size(); from += BULK) {
            ObjectNode body = JSON.objectNode();
            body.set("issueIdsOrKeys", array(keys.subList(from, Math.min(keys.size(), from + BULK))));
            body.set("fields", array(fieldIds));
            body.set("properties", array(List.of(property)));
            JsonNode answer = http.send(JiraRequest.idempotentPost("/rest/api/3/issue/bulkfetch", body));
            // an issue Jira could not return now (issueErrors) is left out like a missing one: the caller checks it
            // on its own
            answer.path("issues").forEach(issue -> issues.put(issue.path("key").asText(), issue));
        }
        return issues;
    }

    /** One property's value, if the issue has it. */
    public Optional<JsonNode> get(final String key, final String property) throws JiraException {
        return http.sendAllowing404(JiraRequest.get(path(key, property)))
                .map(answer -> answer.path("value"))
                .filter(value -> !value.isMissingNode());
    }

    /** Sets a property (idempotent); a value over Jira's 32,768 bytes is refused before it is sent. */
    public void set(final String key, final String property, final JsonNode value) throws JiraException {
        int bytes = value.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new JiraException(
                    Kind.TOO_LARGE,
                    "PUT " + flavour.api() + "/issue/" + key + "/properties/" + property,
                    0,
                    List.of("the value has " + bytes + " bytes; Jira keeps at most " + MAX_BYTES),
                    null);
        }
        http.send(JiraRequest.put(path(key, property), value));
    }

    private String path(final String key, final String property) {
        return flavour.api() + "/issue/" + JiraClient.encode(key) + "/properties/" + JiraClient.encode(property);
    }

    private static ArrayNode array(final List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
