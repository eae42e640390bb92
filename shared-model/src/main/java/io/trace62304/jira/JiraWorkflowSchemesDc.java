package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow schemes of Jira Data Center (REST v2): read by id, create, and the one a project uses. Data Center
 * has no call that lists the schemes or switches an existing project's scheme (that migrates its issues, in
 * Project settings » Workflows), so the app finds its scheme through the manifest and checks the project's.
 */
public final class JiraWorkflowSchemesDc {
    private static final String PATH = "/rest/api/2/workflowscheme";

    private final JiraHttp http;

    JiraWorkflowSchemesDc(final JiraHttp http) {
        this.http = http;
    }

    /** The scheme, or empty when no scheme has this id (any more). */
    public Optional<JsonNode> get(final String id) throws JiraException {
        return http.sendAllowing404(JiraRequest.get(PATH + "/" + JiraClient.encode(id)));
    }

    /**
     * Creates a scheme mapping issue type ids to workflow names; the workflows must exist.
     *
     * @return the scheme, with its {@code id}
     */
    public JsonNode create(final String name, final String description, final Map<String, String> issueTypeMappings)
            throws JiraException {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("name", name).put("description", description);
        ObjectNode mappings = body.putObject("issueTypeMappings");
        issueTypeMappings.forEach(mappings::put);
        return http.send(JiraRequest.post(PATH, body));
    }

    /** The scheme the project uses (Jira's default scheme when it has none of its own). */
    public Optional<JsonNode> ofProject(final String projectKey) throws JiraException {
        return http.sendAllowing404(
                JiraRequest.get("/rest/api/2/project/" + JiraClient.encode(projectKey) + "/workflowscheme"));
    }
}
