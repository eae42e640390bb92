package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screen calls of Jira Cloud (Administer Jira): screens with their tabs and fields, screen schemes, issue type
 * screen schemes and the project's association. On Data Center only the screens list and the tabs and fields of
 * existing screens are there.
 */
public final class JiraScreenAdmin {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraHttp http;
    private final Flavour flavour;
    private final String api;

    JiraScreenAdmin(final JiraHttp http, final Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
        this.api = flavour.api();
    }

    /** Screens whose name contains the query. */
    public List<JsonNode> screens(final String query) throws JiraException {
        return JiraAdmin.pages(
                http,
                api + "/screens?" + (flavour == Flavour.CLOUD ? "queryString=" : "search=") + JiraClient.encode(query));
    }

    public JsonNode createScreen(final String name, final String description) throws JiraException {
        return http.send(JiraRequest.post(
                api + "/screens", JSON.objectNode().put("name", name).put("description", description)));
    }

    public List<JsonNode> tabs(final String screenId) throws JiraException {
        return JiraClient.list(http.send(JiraRequest.get(api + "/screens/" + JiraClient.encode(screenId) + "/tabs")));
    }

    public List<JsonNode> tabFields(final String screenId, final String tabId) throws JiraException {
        return JiraClient.list(http.send(JiraRequest.get(
                api + "/screens/" + JiraClient.encode(screenId) + "/tabs/" + JiraClient.encode(tabId) + "/fields")));
    }

    public void addTabField(final String screenId, final String tabId, final String fieldId) throws JiraException {
        http.send(JiraRequest.post(
                api + "/screens/" + JiraClient.encode(screenId) + "/tabs/" + JiraClient.encode(tabId) + "/fields",
                JSON.objectNode().put("fieldId", fieldId)));
    }

    public List<JsonNode> screenSchemes() throws JiraException {
        return JiraAdmin.pages(http, api + "/screenscheme");
    }

    /** A screen scheme whose default screen is the given one; the answer holds its {@code id}. */
    public JsonNode createScreenScheme(final String name, final String description, final String screenId)
            throws JiraException {
        ObjectNode body = JSON.objectNode().put("name", name).put("description", description);
        body.putObject("screens").put("default", Long.valueOf(screenId));
        return http.send(JiraRequest.post(api + "/screenscheme", body));
    }

    public List<JsonNode> issueTypeScreenSchemes() throws JiraException {
        return JiraAdmin.pages(http, api + "/issuetypescreenscheme");
    }

    /**
     * An issue type screen scheme: the default screen scheme for every issue type, and others for some; the
     * answer holds its {@code id}.
     *
     * @param mappings screen scheme ids by issue type id
     */
    public JsonNode createIssueTypeScreenScheme(
            final String name,
            final String description,
            final String defaultScreenSchemeId,
            final Map<String, String> mappings)
            throws JiraException {
        ObjectNode body = JSON.objectNode().put("name", name).put("description", description);
        ArrayNode list = body.putArray("issueTypeMappings");
        list.addObject().put("issueTypeId", "default").put("screenSchemeId", defaultScreenSchemeId);
        mappings.forEach(
                (type, scheme) -> list.addObject().put("issueTypeId", type).put("screenSchemeId", scheme));
        return http.send(JiraRequest.post(api + "/issuetypescreenscheme", body));
    }

    /** The issue type screen scheme's mappings: screen scheme ids by issue type id ({@code default} included). */
    public Map<String, String> issueTypeScreenSchemeMappings(final String schemeId) throws JiraException {
        Map<String, String> mappings = new LinkedHashMap<>();
        JiraAdmin.pages(
                        http,
                        api + "/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=" + JiraClient.encode(schemeId))
                .forEach(m -> mappings.put(
                        m.path("issueTypeId").asText(), m.path("screenSchemeId").asText()));
        return mappings;
    }

    /** Adds mappings of issue types (not {@code default}) to screen schemes. */
    public void addIssueTypeScreenSchemeMappings(final String schemeId, final Map<String, String> mappings)
            throws JiraException {
        ObjectNode body = JSON.objectNode();
        ArrayNode list = body.putArray("issueTypeMappings");
        mappings.forEach(
                (type, scheme) -> list.addObject().put("issueTypeId", type).put("screenSchemeId", scheme));
        http.send(JiraRequest.put(api + "/issuetypescreenscheme/" + JiraClient.encode(schemeId) + "/mapping", body));
    }

    public Optional<String> issueTypeScreenSchemeOf(final String projectId) throws JiraException {
        for (JsonNode association : JiraAdmin.pages(
                http, api + "/issuetypescreenscheme/project?projectId=" + JiraClient.encode(projectId))) {
            return Optional.of(
                    association.path("issueTypeScreenScheme").path("id").asText());
        }
        return Optional.empty();
    }

    public void assignIssueTypeScreenScheme(final String schemeId, final String projectId) throws JiraException {
        http.send(JiraRequest.put(
                api + "/issuetypescreenscheme/project",
                JSON.objectNode().put("issueTypeScreenSchemeId", schemeId).put("projectId", projectId)));
    }
}
