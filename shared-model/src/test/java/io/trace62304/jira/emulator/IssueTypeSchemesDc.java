package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Data Center's issue type schemes: list, create, and project associations (REST v2). */
final class IssueTypeSchemesDc {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern ASSOCIATIONS = Pattern.compile("^/rest/api/2/issuetypescheme/([0-9]+)/associations$");

    private final JiraEmulator site;
    private final Map<String, ObjectNode> schemes = new LinkedHashMap<>();
    private final Map<String, List<String>> projects = new LinkedHashMap<>();
    private int ids = 40000;

    IssueTypeSchemesDc(final JiraEmulator site) {
        this.site = site;
    }

    synchronized Response route(final String method, final String path, final JsonNode body) {
        if ("/rest/api/2/issuetypescheme".equals(path)) {
            if ("GET".equals(method)) {
                ObjectNode list = JSON.objectNode();
                list.putArray("schemes").addAll(schemes.values());
                return Response.ok(list);
            }
            return Answers.administered(site, () -> {
                String refusal = site.metadata().issueTypeSchemeRefusal(body);
                return refusal != null
                        ? new Response(400, JiraEmulator.error(refusal), Map.of())
                        : Response.ok(create(body));
            });
        }
        Matcher associations = ASSOCIATIONS.matcher(path);
        if (!associations.matches() || !schemes.containsKey(associations.group(1))) {
            return new Response(404, JiraEmulator.error("The issue type scheme was not found."), Map.of());
        }
        String id = associations.group(1);
        if ("GET".equals(method)) {
            ArrayNode answer = JSON.arrayNode();
            projects.get(id).forEach(key -> answer.add(site.metadata().projectNode(key)));
            return Response.ok(answer);
        }
        return Answers.administered(site, () -> {
            for (JsonNode key : body.path("idsOrKeys")) {
                if (site.metadata().projectNode(key.asText()) == null) {
                    return new Response(404, JiraEmulator.error("No project '" + key.asText() + "'."), Map.of());
                }
                projects.values().forEach(keys -> keys.remove(key.asText()));
                projects.get(id).add(key.asText());
            }
            return Response.empty(200);
        });
    }

    private JsonNode create(final JsonNode body) {
        String id = String.valueOf(++ids);
        ObjectNode scheme = JSON.objectNode()
                .put("id", id)
                .put("name", body.path("name").asText())
                .put("description", body.path("description").asText(""))
                .put("self", site.uri() + "/rest/api/2/issuetypescheme/" + id);
        ArrayNode types = scheme.putArray("issueTypes");
        site.metadata().issueTypes().forEach(type -> {
            for (JsonNode wanted : body.path("issueTypeIds")) {
                if (wanted.asText().equals(type.path("id").asText())) {
                    types.add(type);
                }
            }
        });
        schemes.put(id, scheme);
        projects.put(id, new ArrayList<>());
        return scheme;
    }
}
