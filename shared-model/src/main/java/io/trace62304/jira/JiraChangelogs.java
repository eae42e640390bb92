package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.JiraException.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Change histories, read completely or not at all (an audit trail with a silent gap is worse than none, 8.3):
 * Cloud's bulk fetch is followed to its last page and a token that comes back again fails; a Data Center
 * changelog ({@code expand=changelog}, which has no further pages) that holds fewer entries than its
 * {@code total} fails.
 */
final class JiraChangelogs {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int BULK = 1000;

    private final JiraHttp http;

    JiraChangelogs(final JiraHttp http) {
        this.http = http;
    }

    Map<String, List<JsonNode>> dataCenter(final List<String> keys) throws JiraException {
        Map<String, List<JsonNode>> histories = new LinkedHashMap<>();
        for (String key : keys) {
            JsonNode changelog = http.send(JiraRequest.get(
                            "/rest/api/2/issue/" + JiraClient.encode(key) + "?fields=status&expand=changelog"))
                    .path("changelog");
            List<JsonNode> entries = new ArrayList<>();
            changelog.path("histories").forEach(entries::add);
            long total = changelog.path("total").asLong(entries.size());
            if (total > entries.size()) {
                throw new JiraException(
                        Kind.PROTOCOL,
                        "GET /rest/api/2/issue/" + key,
                        200,
                        List.of("the change history of " + key + " has " + total + " entries, Jira returned "
                                + entries.size() + "; the audit trail would be incomplete"),
                        null);
            }
            histories.put(key, entries);
        }
        return histories;
    }

    /** Histories keyed by issue id, as Cloud's bulk fetch answers them. */
    Map<String, List<JsonNode>> cloud(final List<String> keys, final List<String> fieldIds) throws JiraException {
        Map<String, List<JsonNode>> histories = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += BULK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BULK));
            Set<String> tokens = new HashSet<>();
            String token = null;
            do {
                ObjectNode body = JSON.objectNode().put("maxResults", BULK);
                body.set("issueIdsOrKeys", array(chunk));
                if (!fieldIds.isEmpty()) {
                    body.set("fieldIds", array(fieldIds));
                }
                if (token != null) {
                    body.put("nextPageToken", token);
                }
                JsonNode page = http.send(JiraRequest.idempotentPost("/rest/api/3/changelog/bulkfetch", body));
                for (JsonNode log : page.path("issueChangeLogs")) {
                    List<JsonNode> entries =
                            histories.computeIfAbsent(log.path("issueId").asText(), k -> new ArrayList<>());
                    log.path("changeHistories").forEach(entries::add);
                }
                JsonNode next = page.path("nextPageToken");
                token = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
                if (token != null && !tokens.add(token)) {
                    throw new JiraException(
                            Kind.PROTOCOL,
                            "POST /rest/api/3/changelog/bulkfetch",
                            200,
                            List.of("the same nextPageToken came back twice; the histories cannot be read completely"),
                            null);
                }
            } while (token != null);
        }
        return histories;
    }

    private static ArrayNode array(final List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
