package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow calls of Jira Cloud (Administer Jira): the bulk workflow API (read by name, validate, create), and
 * the workflow and issue type schemes with their project associations.
 */
public final class JiraWorkflowAdmin {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraHttp http;
    private final Flavour flavour;

    JiraWorkflowAdmin(final JiraHttp http, final Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
    }

    /** Workflows by name (Cloud bulk read); names that do not exist are left out. */
    public List<JsonNode> workflows(final List<String> names) throws JiraException {
        ObjectNode body = JSON.objectNode();
        ArrayNode list = body.putArray("workflowNames");
        names.forEach(list::add);
        return list(http.send(JiraRequest.idempotentPost(flavour.api() + "/workflows", body))
                .path("workflows"));
    }

    /**
     * The workflow rules available to an issue type of a project (Cloud): Atlassian's, and those of installed
     * Connect and Forge apps ({@code forgeRules}, each with its extension ARI as {@code id}).
     */
    public JsonNode capabilities(final String projectId, final String issueTypeId) throws JiraException {
        return http.send(JiraRequest.get(flavour.api() + "/workflows/capabilities?projectId="
                + JiraClient.encode(projectId) + "&issueTypeId=" + JiraClient.encode(issueTypeId)));
    }

    /** The names of the site's workflows (Data Center, where workflows are read-only over REST). */
    public List<String> workflowNames() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/workflow"))).stream()
                .map(workflow -> workflow.path("name").asText())
                .toList();
    }

    /** Jira's objections to a workflow create request (Cloud); empty when it would be accepted. */
    public List<JsonNode> validateWorkflows(final JsonNode createRequest) throws JiraException {
        return validate("create", createRequest);
    }

    /** Creates workflows (Cloud bulk API); a 409 means another workflow configuration task is running. */
    public List<JsonNode> createWorkflows(final JsonNode createRequest) throws JiraException {
        return list(http.send(JiraRequest.post(flavour.api() + "/workflows/create", createRequest))
                .path("workflows"));
    }

    /** Jira's objections to a workflow update request (Cloud); empty when it would be accepted. */
    public List<JsonNode> validateWorkflowUpdate(final JsonNode updateRequest) throws JiraException {
        return validate("update", updateRequest);
    }

    /** Jira's validation endpoint of {@code create} or {@code update}, errors and warnings. */
    private List<JsonNode> validate(final String operation, final JsonNode payload) throws JiraException {
        ObjectNode body = JSON.objectNode();
        body.set("payload", payload);
        body.putObject("validationOptions").putArray("levels").add("ERROR").add("WARNING");
        return list(
                http.send(JiraRequest.idempotentPost(flavour.api() + "/workflows/" + operation + "/validation", body))
                        .path("errors"));
    }

    /**
     * Replaces workflows as a whole (Cloud); each carries the id and the version it was read at, so a workflow
     * changed by someone in between is refused rather than overwritten.
     */
    public List<JsonNode> updateWorkflows(final JsonNode updateRequest) throws JiraException {
        return list(http.send(JiraRequest.post(flavour.api() + "/workflows/update", updateRequest))
                .path("workflows"));
    }

    public List<JsonNode> workflowSchemes() throws JiraException {
        return JiraAdmin.pages(http, flavour.api() + "/workflowscheme");
    }

    public JsonNode createWorkflowScheme(
            final String name, final String description, final Map<String, String> workflowByIssueTypeId)
            throws JiraException {
        ObjectNode body = JSON.objectNode().put("name", name).put("description", description);
        ObjectNode mappings = body.putObject("issueTypeMappings");
        workflowByIssueTypeId.forEach(mappings::put);
        return http.send(JiraRequest.post(flavour.api() + "/workflowscheme", body));
    }

    /** The id of the workflow scheme a project uses, or empty for Jira's default. */
    public Optional<String> workflowSchemeOf(final String projectId) throws JiraException {
        for (JsonNode association : http.send(JiraRequest.get(
                        flavour.api() + "/workflowscheme/project?projectId=" + JiraClient.encode(projectId)))
                .path("values")) {
            return Optional.of(association.path("workflowScheme").path("id").asText());
        }
        return Optional.empty();
    }

    /** Makes a project (without issues) use a workflow scheme. */
    public void assignWorkflowScheme(final String schemeId, final String projectId) throws JiraException {
        http.send(JiraRequest.put(
                flavour.api() + "/workflowscheme/project",
                JSON.objectNode().put("workflowSchemeId", schemeId).put("projectId", projectId)));
    }

    public List<JsonNode> issueTypeSchemes() throws JiraException {
        return JiraAdmin.pages(http, flavour.api() + "/issuetypescheme");
    }

    /** Creates an issue type scheme; the answer holds its {@code issueTypeSchemeId}. */
    public JsonNode createIssueTypeScheme(final String name, final String description, final List<String> issueTypeIds)
            throws JiraException {
        ObjectNode body = JSON.objectNode()
                .put("name", name)
                .put("description", description)
                .put("defaultIssueTypeId", issueTypeIds.get(0));
        ArrayNode ids = body.putArray("issueTypeIds");
        issueTypeIds.forEach(ids::add);
        return http.send(JiraRequest.post(flavour.api() + "/issuetypescheme", body));
    }

    /** The id of the issue type scheme a project uses. */
    public Optional<String> issueTypeSchemeOf(final String projectId) throws JiraException {
        for (JsonNode association : JiraAdmin.pages(
                http, flavour.api() + "/issuetypescheme/project?projectId=" + JiraClient.encode(projectId))) {
            return Optional.of(association.path("issueTypeScheme").path("id").asText());
        }
        return Optional.empty();
    }

    public void assignIssueTypeScheme(final String schemeId, final String projectId) throws JiraException {
        http.send(JiraRequest.put(
                flavour.api() + "/issuetypescheme/project",
                JSON.objectNode().put("issueTypeSchemeId", schemeId).put("projectId", projectId)));
    }

    private static List<JsonNode> list(final JsonNode array) {
        return JiraClient.list(array);
    }
}
