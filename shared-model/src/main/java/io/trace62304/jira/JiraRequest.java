package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One call: method, path with query (from the site root), optional JSON body, and whether repeating it is
 * harmless. A request that is not idempotent is retried only when Jira certainly did not apply it (429).
 */
public record JiraRequest(String method, String path, JsonNode body, boolean idempotent) {
    public JiraRequest {
        Objects.requireNonNull(method);
        Objects.requireNonNull(path);
    }

    static JiraRequest get(final String path) {
        return new JiraRequest("GET", path, null, true);
    }

    /** A POST that reads (search, bulk fetch) or that Jira applies idempotently (remote link by globalId). */
    static JiraRequest idempotentPost(final String path, final JsonNode body) {
        return new JiraRequest("POST", path, body, true);
    }

    static JiraRequest post(final String path, final JsonNode body) {
        return new JiraRequest("POST", path, body, false);
    }

    static JiraRequest put(final String path, final JsonNode body) {
        return new JiraRequest("PUT", path, body, true);
    }

    /** {@code GET /rest/api/3/issue/MED-1}: how errors name the request (no query, so no secrets or JQL). */
    public String describe() {
        int query = path.indexOf('?');
        return method + " " + (query < 0 ? path : path.substring(0, query));
    }
}
