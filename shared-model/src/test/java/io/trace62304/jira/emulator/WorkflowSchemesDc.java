package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data Center's workflow schemes (REST v2): create, read by id, and the scheme a project uses. As on a real site
 * there is no REST call that switches an existing project's scheme; {@link #use} stands for the administrator
 * doing it in Project settings » Workflows.
 */
final class WorkflowSchemesDc {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SCHEME = Pattern.compile("^/rest/api/2/workflowscheme(/([0-9]+))?$");
    private static final Pattern PROJECT = Pattern.compile("^/rest/api/2/project/([^/]+)/workflowscheme$");

    private final JiraEmulator site;
    private final Map<String, ObjectNode> schemes = new LinkedHashMap<>();
    private final Map<String, String> projects = new LinkedHashMap<>();
    private int ids = 50000;

    WorkflowSchemesDc(final JiraEmulator site) {
        this.site = site;
    }

    /** The answer, or null when the request is not one of these endpoints. */
    synchronized Response route(final String method, final String path, final JsonNode body) {
        Matcher scheme = SCHEME.matcher(path);
        if (scheme.matches() && scheme.group(2) == null && "POST".equals(method)) {
            return Answers.administered(site, () -> create(body));
        }
        if (scheme.matches() && scheme.group(2) != null && "GET".equals(method)) {
            ObjectNode found = schemes.get(scheme.group(2));
            return found == null
                    ? new Response(404, JiraEmulator.error("The workflow scheme does not exist."), Map.of())
                    : Response.ok(found);
        }
        Matcher project = PROJECT.matcher(path);
        if (project.matches() && "GET".equals(method)) {
            JsonNode node = site.metadata().projectNode(project.group(1));
            if (node == null) {
                return new Response(404, JiraEmulator.error("No project '" + project.group(1) + "'."), Map.of());
            }
            String id = projects.get(node.path("key").asText());
            return Response.ok(id == null ? defaultScheme() : schemes.get(id));
        }
        return null;
    }

    /** The administrator switches the project to the scheme (Project settings » Workflows » Switch scheme). */
    synchronized void use(final String projectKey, final String schemeId) {
        if (!schemes.containsKey(schemeId)) {
            throw new IllegalArgumentException("no workflow scheme " + schemeId);
        }
        projects.put(projectKey, schemeId);
    }

    private Response create(final JsonNode body) {
        if (schemes.values().stream()
                .anyMatch(s -> s.path("name").asText().equals(body.path("name").asText()))) {
            return new Response(
                    400,
                    JiraEmulator.error("A workflow scheme with the name '"
                            + body.path("name").asText() + "' already exists."),
                    Map.of());
        }
        for (var mapping : body.path("issueTypeMappings").properties()) {
            if (!site.metadata().hasWorkflow(mapping.getValue().asText())) {
                return new Response(
                        400,
                        JiraEmulator.error("Workflow '" + mapping.getValue().asText() + "' does not exist."),
                        Map.of());
            }
        }
        String id = String.valueOf(++ids);
        ObjectNode scheme = JSON.objectNode()
                .put("id", Long.valueOf(id))
                .put("name", body.path("name").asText())
                .put("description", body.path("description").asText(""))
                .put("defaultWorkflow", "jira")
                .put("draft", false)
                .put("self", site.uri() + "/rest/api/2/workflowscheme/" + id);
        scheme.set("issueTypeMappings", body.path("issueTypeMappings").deepCopy());
        schemes.put(id, scheme);
        return Answers.created(scheme);
    }

    private static JsonNode defaultScheme() {
        ObjectNode scheme = JSON.objectNode()
                .put("name", "Default Workflow Scheme")
                .put("description", "Default workflow scheme")
                .put("defaultWorkflow", "jira")
                .put("draft", false);
        scheme.putObject("issueTypeMappings");
        return scheme;
    }
}
