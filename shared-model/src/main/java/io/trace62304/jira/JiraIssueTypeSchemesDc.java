package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Issue type schemes of Jira Data Center (REST v2): list, create, and their project associations. */
public final class JiraIssueTypeSchemesDc {
    private static final String PATH = "/rest/api/2/issuetypescheme";

    private final JiraHttp http;

    JiraIssueTypeSchemesDc(final JiraHttp http) {
        this.http = http;
    }

    public List<JsonNode> list() throws JiraException {
        return JiraClient.list(http.send(JiraRequest.get(PATH)).path("schemes"));
    }

    /** Creates a scheme of these issue types, the first the default; the answer holds its {@code id}. */
    public JsonNode create(final String name, final String description, final List<String> issueTypeIds)
            throws JiraException {
        ObjectNode body = JsonNodeFactory.instance
                .objectNode()
                .put("name", name)
                .put("description", description)
                .put("defaultIssueTypeId", issueTypeIds.get(0));
        ArrayNode ids = body.putArray("issueTypeIds");
        issueTypeIds.forEach(ids::add);
        return http.send(JiraRequest.post(PATH, body));
    }

    /** The keys of the projects that use the scheme. */
    public List<String> projects(final String schemeId) throws JiraException {
        return JiraClient.list(http.send(JiraRequest.get(PATH + "/" + JiraClient.encode(schemeId) + "/associations")))
                .stream()
                .map(project -> project.path("key").asText())
                .toList();
    }

    /** Makes the project use the scheme (adding it to the scheme's associations). */
    public void associate(final String schemeId, final String projectKey) throws JiraException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("idsOrKeys").add(projectKey);
        http.send(JiraRequest.post(PATH + "/" + JiraClient.encode(schemeId) + "/associations", body));
    }
}
