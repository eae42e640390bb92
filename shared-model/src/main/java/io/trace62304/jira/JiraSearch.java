package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.JiraException.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Paged JQL search that fails closed: a result is returned only when every page the search promised was read.
 * A page that says more follow but gives no way to reach them, a token that comes back again, an issue seen on
 * two pages or twice on one, an issue without a key, a Data Center page without a whole-number {@code total}, a
 * {@code total} that changes between pages or a
 * {@code startAt} other than the one asked for all make the read incomplete (a {@code PROTOCOL} failure), so the
 * gate cannot decide on part of its scope (IEC 62304 5.8, 8.1.2; exit code 3), as with a truncated report file.
 */
final class JiraSearch {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String CLOUD = "POST /rest/api/3/search/jql";
    private static final String DATA_CENTER = "POST /rest/api/2/search";

    private final JiraHttp http;
    private final int pageSize;

    JiraSearch(final JiraHttp http, final int pageSize) {
        this.http = http;
        this.pageSize = pageSize;
    }

    /** Cloud's enhanced search: follows {@code nextPageToken} until {@code isLast}. */
    SearchResult cloud(final String jql, final List<String> fields) throws JiraException {
        List<JsonNode> pages = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        Set<String> keys = new HashSet<>();
        String token = null;
        do {
            ObjectNode body = JSON.objectNode()
                    .put("jql", jql)
                    .put("maxResults", pageSize)
                    .put("expand", "names");
            body.set("fields", array(fields));
            if (token != null) {
                body.put("nextPageToken", token);
            }
            JsonNode page = http.send(JiraRequest.idempotentPost("/rest/api/3/search/jql", body));
            pages.add(page);
            requireIssues(CLOUD, page, pages.size());
            collect(CLOUD, page, keys);
            JsonNode nextNode = page.path("nextPageToken");
            String next = nextNode.isTextual() && !nextNode.asText().isEmpty() ? nextNode.asText() : null;
            boolean last = page.path("isLast").isBoolean() ? page.path("isLast").asBoolean() : next == null;
            if (!last && next == null) {
                throw incomplete(
                        CLOUD,
                        "page " + pages.size() + " says it is not the last (isLast: false) but gives no "
                                + "nextPageToken, so the rest of the issues cannot be read");
            }
            if (!last && !tokens.add(next)) {
                throw incomplete(CLOUD, "the same nextPageToken came back twice; the search would never end");
            }
            token = last ? null : next;
        } while (token != null);
        return new SearchResult(pages);
    }

    /** Data Center's search: advances {@code startAt} by what each page returned until {@code total} is read. */
    SearchResult dataCenter(final String jql, final List<String> fields) throws JiraException {
        List<JsonNode> pages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        long startAt = 0;
        long total = -1;
        do {
            ObjectNode body =
                    JSON.objectNode().put("jql", jql).put("startAt", startAt).put("maxResults", pageSize);
            body.set("fields", array(fields));
            body.set("expand", array(List.of("names")));
            JsonNode page = http.send(JiraRequest.idempotentPost("/rest/api/2/search", body));
            pages.add(page);
            requireIssues(DATA_CENTER, page, pages.size());
            JsonNode totalNode = page.path("total");
            if (!totalNode.canConvertToLong() || !totalNode.isIntegralNumber() || totalNode.asLong() < 0) {
                throw incomplete(
                        DATA_CENTER,
                        "page " + pages.size() + " gives no 'total' that is a whole number of issues ("
                                + (totalNode.isMissingNode() ? "none" : shown(totalNode))
                                + "), so it cannot be known whether every issue was read");
            }
            long pageTotal = page.path("total").asLong();
            if (total >= 0 && pageTotal != total) {
                throw incomplete(
                        DATA_CENTER,
                        "the number of issues changed from " + total + " to " + pageTotal
                                + " while they were read; run again");
            }
            total = pageTotal;
            if (page.has("startAt") && page.path("startAt").asLong(-1) != startAt) {
                throw incomplete(
                        DATA_CENTER,
                        "asked for the issues from " + startAt + " and got a page starting at "
                                + page.path("startAt").asText() + "; the result is incomplete");
            }
            int returned = page.path("issues").size();
            collect(DATA_CENTER, page, keys);
            if (returned == 0 && startAt < total) {
                throw incomplete(
                        DATA_CENTER,
                        "the search returned no issues at startAt " + startAt + " of " + total
                                + "; the result is incomplete");
            }
            startAt += returned;
        } while (startAt < total);
        if (keys.size() != total) {
            throw incomplete(
                    DATA_CENTER,
                    "the search gave " + keys.size() + " distinct issues of " + total
                            + "; the issues changed while they were read, run again");
        }
        return new SearchResult(pages);
    }

    private static void requireIssues(final String request, final JsonNode page, final int number)
            throws JiraException {
        if (!page.path("issues").isArray()) {
            throw incomplete(request, "page " + number + " has no 'issues' array");
        }
    }

    /** Adds the page's issue keys; an issue already seen on an earlier page means the pages shifted. */
    private static void collect(final String request, final JsonNode page, final Set<String> keys)
            throws JiraException {
        Set<String> onThisPage = new HashSet<>();
        for (JsonNode issue : page.path("issues")) {
            JsonNode keyNode = issue.path("key");
            if (!keyNode.isTextual() || keyNode.asText().isBlank()) {
                throw incomplete(
                        request, "an issue of the answer has no key, so it cannot be told apart from the others");
            }
            String key = keyNode.asText();
            if (!onThisPage.add(key)) {
                throw incomplete(
                        request,
                        "issue '" + key + "' came back twice on one page, so another issue may be missing; run "
                                + "again");
            }
            if (!keys.add(key)) {
                throw incomplete(
                        request,
                        "issue '" + key + "' came back on two pages; the issues changed while they were read, "
                                + "so some may have been skipped; run again");
            }
        }
    }

    private static String shown(final JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static JiraException incomplete(final String request, final String message) {
        return new JiraException(Kind.PROTOCOL, request, 200, List.of(message), null);
    }

    private static ArrayNode array(final List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
