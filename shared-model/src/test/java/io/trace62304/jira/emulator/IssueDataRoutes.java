package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client keeps on issues: remote links and entity properties, and Cloud's bulk fetch that reads them back.
 * Modelled as Jira documents it (sources in docs/jira.md):
 *
 * <ul>
 *   <li>a remote link's {@code globalId} has at most 255 characters (Cloud's {@code RemoteIssueLinkRequest}); a
 *       longer one is refused with 400 on both flavours; posting a link whose globalId exists updates it, and
 *       {@code PUT …/remotelink/{id}} rewrites one whole, globalId included;
 *   <li>a property key has at most 255 characters and a value at most 32,768 bytes of non-empty JSON;
 *   <li>{@code GET /issue/{key}?properties=…} and Cloud's {@code search/jql} and {@code issue/bulkfetch} (at most
 *       100 issues) return the properties asked for; Data Center's search has no {@code properties} and returns
 *       none (JRASERVER-62898).
 * </ul>
 */
final class IssueDataRoutes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PROPERTY = Pattern.compile("^/rest/api/[23]/issue/([^/]+)/properties(/([^/]+))?$");
    private static final Pattern REMOTE_LINK = Pattern.compile("^/rest/api/[23]/issue/([^/]+)/remotelink(/([^/]+))?$");
    private static final int MAX_GLOBAL_ID = 255;
    private static final int MAX_PROPERTY_KEY = 255;
    private static final int MAX_PROPERTY_BYTES = 32_768;
    private static final int MAX_BULK = 100;

    private final JiraEmulator site;
    private final String api;
    private final BiFunction<EmulatedIssue, List<String>, ObjectNode> bean;

    IssueDataRoutes(final JiraEmulator site, final BiFunction<EmulatedIssue, List<String>, ObjectNode> bean) {
        this.site = site;
        this.api = site.flavour().api();
        this.bean = bean;
    }

    /** The answer, or null when the request is not one of these. */
    Response route(final String method, final String path, final Map<String, List<String>> query, final JsonNode body) {
        if (site.flavour() == Flavour.CLOUD && "POST".equals(method) && "/rest/api/3/issue/bulkfetch".equals(path)) {
            return bulkFetch(body);
        }
        Matcher property = PROPERTY.matcher(path);
        Matcher link = REMOTE_LINK.matcher(path);
        Matcher matched = property.matches() ? property : link.matches() ? link : null;
        if (matched == null || !path.startsWith(api + "/")) {
            return null;
        }
        EmulatedIssue issue = site.find(matched.group(1));
        if (issue == null) {
            return new Response(
                    404, JiraEmulator.error("Issue does not exist or you do not have permission to see it."), Map.of());
        }
        synchronized (issue) {
            return matched == property
                    ? property(method, issue, matched.group(3), body)
                    : remoteLink(method, issue, matched.group(3), Answers.first(query, "globalId"), body);
        }
    }

    /** Adds {@code properties} with those of {@code keys} the issue has, as Jira does when they are asked for. */
    static void addProperties(final ObjectNode bean, final EmulatedIssue issue, final List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        ObjectNode properties = bean.putObject("properties");
        for (String key : keys) {
            JsonNode value = issue.properties.get(key);
            if (value != null) {
                properties.set(key, value.deepCopy());
            }
        }
    }

    private Response bulkFetch(final JsonNode body) {
        JsonNode wanted = body.path("issueIdsOrKeys");
        if (wanted.size() > MAX_BULK) {
            return badRequest("You can request up to " + MAX_BULK + " issues.");
        }
        List<String> fields = texts(body.path("fields"));
        List<String> properties = texts(body.path("properties"));
        ObjectNode answer = JSON.objectNode();
        answer.putArray("issueErrors");
        List<EmulatedIssue> found = new ArrayList<>();
        wanted.forEach(key -> {
            EmulatedIssue issue = site.find(key.asText());
            if (issue != null && !found.contains(issue)) {
                found.add(issue);
            }
        });
        found.sort((a, b) -> Long.compare(Long.parseLong(a.id), Long.parseLong(b.id)));
        ArrayNode issues = answer.putArray("issues");
        for (EmulatedIssue issue : found) {
            synchronized (issue) {
                ObjectNode issueBean = bean.apply(issue, fields);
                addProperties(issueBean, issue, properties);
                issues.add(issueBean);
            }
        }
        return Response.ok(answer);
    }

    private Response property(final String method, final EmulatedIssue issue, final String key, final JsonNode body) {
        if (key == null) {
            if (!"GET".equals(method)) {
                return null;
            }
            ObjectNode answer = JSON.objectNode();
            ArrayNode keys = answer.putArray("keys");
            issue.properties
                    .keySet()
                    .forEach(k -> keys.addObject()
                            .put("key", k)
                            .put("self", site.uri() + api + "/issue/" + issue.key + "/properties/" + k));
            return Response.ok(answer);
        }
        switch (method) {
            case "GET" -> {
                JsonNode value = issue.properties.get(key);
                if (value == null) {
                    return new Response(
                            404, JiraEmulator.error("The property with key '" + key + "' does not exist."), Map.of());
                }
                ObjectNode answer = JSON.objectNode().put("key", key);
                answer.set("value", value.deepCopy());
                return Response.ok(answer);
            }
            case "PUT" -> {
                if (key.length() > MAX_PROPERTY_KEY) {
                    return badRequest("The property key cannot be longer than 255 characters.");
                }
                if (body == null || body.isMissingNode() || body.isNull()) {
                    return badRequest("The property value must be a valid, non-empty JSON.");
                }
                if (body.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PROPERTY_BYTES) {
                    return badRequest("The property value cannot be longer than 32768 bytes.");
                }
                boolean created = issue.properties.put(key, body.deepCopy()) == null;
                return Response.empty(created ? 201 : 200);
            }
            case "DELETE" -> {
                return issue.properties.remove(key) == null
                        ? new Response(
                                404,
                                JiraEmulator.error("The property with key '" + key + "' does not exist."),
                                Map.of())
                        : Response.empty(204);
            }
            default -> {
                return null;
            }
        }
    }

    private Response remoteLink(
            final String method,
            final EmulatedIssue issue,
            final String linkId,
            final String globalId,
            final JsonNode body) {
        String operation = method + (linkId == null ? "" : " id");
        return switch (operation) {
            case "GET" -> listOrFind(issue, globalId);
            case "POST" -> upsert(issue, body);
            case "PUT id" -> replace(issue, linkId, body);
            default -> null;
        };
    }

    private Response listOrFind(final EmulatedIssue issue, final String globalId) {
        if (globalId.isEmpty()) {
            return Response.ok(JSON.arrayNode().addAll(issue.remoteLinks.values()));
        }
        ObjectNode link = issue.remoteLinks.get(globalId);
        return link == null
                ? new Response(404, JiraEmulator.error("No remote link with globalId " + globalId), Map.of())
                : Response.ok(link);
    }

    private Response upsert(final EmulatedIssue issue, final JsonNode body) {
        Response refused = refused(body);
        if (refused != null) {
            return refused;
        }
        String globalId = body.path("globalId").asText();
        ObjectNode existing = issue.remoteLinks.get(globalId);
        long id = existing == null
                ? Long.parseLong(site.nextId())
                : existing.path("id").asLong();
        ObjectNode stored = store(issue, globalId, id, body);
        ObjectNode answer =
                JSON.objectNode().put("id", id).put("self", stored.path("self").asText());
        boolean created = existing == null && site.flavour() == Flavour.CLOUD;
        return new Response(created ? 201 : 200, answer, Map.of());
    }

    private Response replace(final EmulatedIssue issue, final String linkId, final JsonNode body) {
        Response refused = refused(body);
        if (refused != null) {
            return refused;
        }
        String former = issue.remoteLinks.entrySet().stream()
                .filter(e -> e.getValue().path("id").asText().equals(linkId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (former == null) {
            return new Response(404, JiraEmulator.error("No remote link with id " + linkId), Map.of());
        }
        issue.remoteLinks.remove(former);
        store(issue, body.path("globalId").asText(), Long.parseLong(linkId), body);
        return Response.empty(204);
    }

    private ObjectNode store(final EmulatedIssue issue, final String globalId, final long id, final JsonNode body) {
        ObjectNode stored = ((ObjectNode) body.deepCopy())
                .put("id", id)
                .put("self", site.uri() + api + "/issue/" + issue.key + "/remotelink/" + id);
        issue.remoteLinks.put(globalId, stored);
        return stored;
    }

    /** Jira's checks of a remote link: an object with a URL and a title, and a globalId of at most 255 characters. */
    private static Response refused(final JsonNode body) {
        if (body.path("globalId").asText().length() > MAX_GLOBAL_ID) {
            ObjectNode error = JiraEmulator.error("The global id must not be longer than 255 characters.");
            return new Response(400, error, Map.of());
        }
        if (body.path("object").path("url").asText().isEmpty()
                || body.path("object").path("title").asText().isEmpty()) {
            return badRequest("A remote link needs an object with a url and a title.");
        }
        return null;
    }

    private static Response badRequest(final String message) {
        return new Response(400, JiraEmulator.error(message), Map.of());
    }

    private static List<String> texts(final JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
