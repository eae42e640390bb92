package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration calls a provisioner needs (Administer Jira): issue types, custom fields with their contexts
 * and options (Cloud), link types, statuses, and project properties, each in the shape of the site's flavour.
 * Reads page through everything; creates are not idempotent, so callers read again before repeating one.
 */
public final class JiraAdmin {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraHttp http;
    private final Flavour flavour;

    JiraAdmin(final JiraHttp http, final Flavour flavour) {
        this.http = http;
        this.flavour = flavour;
    }

    public Flavour flavour() {
        return flavour;
    }

    /** Whether the credentials hold the global Administer Jira permission. */
    public boolean canAdminister() throws JiraException {
        return http.send(JiraClient.myPermissions(flavour, "", List.of("ADMINISTER")))
                .path("permissions")
                .path("ADMINISTER")
                .path("havePermission")
                .asBoolean(false);
    }

    public List<JsonNode> issueTypes() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/issuetype")));
    }

    public JsonNode createIssueType(final String name, final String description) throws JiraException {
        ObjectNode body = JSON.objectNode().put("name", name).put("description", description);
        if (flavour == Flavour.CLOUD) {
            body.put("hierarchyLevel", 0);
        } else {
            body.put("type", "standard");
        }
        return http.send(JiraRequest.post(flavour.api() + "/issuetype", body));
    }

    /** Every field, system and custom, with its schema ({@code schema.custom} is a custom field's type key). */
    public List<JsonNode> fields() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/field")));
    }

    public JsonNode createField(
            final String name, final String description, final String type, final String searcherKey)
            throws JiraException {
        ObjectNode body = JSON.objectNode()
                .put("name", name)
                .put("description", description)
                .put("type", type);
        if (!searcherKey.isEmpty()) {
            body.put("searcherKey", searcherKey);
        }
        return http.send(JiraRequest.post(flavour.api() + "/field", body));
    }

    /** A custom field's contexts (Cloud). */
    public List<JsonNode> contexts(final String fieldId) throws JiraException {
        return pages(flavour.api() + "/field/" + JiraClient.encode(fieldId) + "/context");
    }

    /** A global context for the given issue types (Cloud), under which the field's options live. */
    public JsonNode createContext(final String fieldId, final String name, final List<String> issueTypeIds)
            throws JiraException {
        ObjectNode body = JSON.objectNode().put("name", name).put("description", name);
        ArrayNode types = body.putArray("issueTypeIds");
        issueTypeIds.forEach(types::add);
        body.putArray("projectIds");
        return http.send(JiraRequest.post(flavour.api() + "/field/" + JiraClient.encode(fieldId) + "/context", body));
    }

    /** The options of a field's context (Cloud). */
    public List<JsonNode> options(final String fieldId, final String contextId) throws JiraException {
        return pages(flavour.api() + "/field/" + JiraClient.encode(fieldId) + "/context/" + JiraClient.encode(contextId)
                + "/option");
    }

    /** Adds options to a field's context (Cloud), at most 1,000 a call. */
    public List<JsonNode> addOptions(final String fieldId, final String contextId, final List<String> values)
            throws JiraException {
        List<JsonNode> created = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 1000) {
            ObjectNode body = JSON.objectNode();
            ArrayNode options = body.putArray("options");
            values.subList(from, Math.min(values.size(), from + 1000))
                    .forEach(v -> options.addObject().put("value", v));
            created.addAll(list(http.send(JiraRequest.post(
                            flavour.api() + "/field/" + JiraClient.encode(fieldId) + "/context/"
                                    + JiraClient.encode(contextId) + "/option",
                            body))
                    .path("options")));
        }
        return created;
    }

    public List<JsonNode> linkTypes() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/issueLinkType")).path("issueLinkTypes"));
    }

    public JsonNode createLinkType(final String name, final String outward, final String inward) throws JiraException {
        return http.send(JiraRequest.post(
                flavour.api() + "/issueLinkType",
                JSON.objectNode().put("name", name).put("outward", outward).put("inward", inward)));
    }

    /** Statuses: Cloud's paged status search, or the Data Center list. */
    public List<JsonNode> statuses() throws JiraException {
        return flavour == Flavour.CLOUD
                ? pages(flavour.api() + "/statuses/search")
                : list(http.send(JiraRequest.get(flavour.api() + "/status")));
    }

    /**
     * Creates global statuses (Cloud); {@code category} is TODO, IN_PROGRESS or DONE.
     *
     * @param statuses name, category, description triples
     */
    public List<JsonNode> createStatuses(final List<String[]> statuses) throws JiraException {
        ObjectNode body = JSON.objectNode();
        body.putObject("scope").put("type", "GLOBAL");
        ArrayNode list = body.putArray("statuses");
        statuses.forEach(s ->
                list.addObject().put("name", s[0]).put("statusCategory", s[1]).put("description", s[2]));
        return list(http.send(JiraRequest.post(flavour.api() + "/statuses", body)));
    }

    /** Resolutions: Cloud's paged resolution search, or the Data Center list. */
    public List<JsonNode> resolutions() throws JiraException {
        return flavour == Flavour.CLOUD
                ? pages(flavour.api() + "/resolution/search")
                : list(http.send(JiraRequest.get(flavour.api() + "/resolution")));
    }

    /** A project property's value, or empty when it is not set. */
    public Optional<JsonNode> projectProperty(final String projectKey, final String key) throws JiraException {
        return http.sendAllowing404(JiraRequest.get(propertyPath(projectKey, key)))
                .map(answer -> answer.path("value"));
    }

    public void setProjectProperty(final String projectKey, final String key, final JsonNode value)
            throws JiraException {
        http.send(JiraRequest.put(propertyPath(projectKey, key), value));
    }

    private String propertyPath(final String projectKey, final String key) {
        return flavour.api() + "/project/" + JiraClient.encode(projectKey) + "/properties/" + JiraClient.encode(key);
    }

    /** The issue type schemes of a Data Center site. */
    public JiraIssueTypeSchemesDc dataCenterIssueTypeSchemes() {
        return new JiraIssueTypeSchemesDc(http);
    }

    /** The workflow schemes of a Data Center site. */
    public JiraWorkflowSchemesDc dataCenterWorkflowSchemes() {
        return new JiraWorkflowSchemesDc(http);
    }

    /** The screen calls of this site (Cloud; on Data Center the screens list and the tabs of existing screens). */
    public JiraScreenAdmin screens() {
        return new JiraScreenAdmin(http, flavour);
    }

    /** The workflow and scheme calls of this site (Cloud). */
    public JiraWorkflowAdmin workflows() {
        return new JiraWorkflowAdmin(http, flavour);
    }

    private List<JsonNode> pages(final String path) throws JiraException {
        return pages(http, path);
    }

    /**
     * Follows a page bean ({@code values}, {@code startAt}, {@code isLast}) to its end; an answer that is a plain
     * list (as Data Center's screens may be, which its API description leaves undocumented) is the whole list.
     */
    static List<JsonNode> pages(final JiraHttp http, final String path) throws JiraException {
        List<JsonNode> values = new ArrayList<>();
        for (int startAt = 0; ; ) {
            JsonNode page = http.send(JiraRequest.get(
                    path + (path.contains("?") ? "&" : "?") + "startAt=" + startAt + "&maxResults=100"));
            if (page.isArray()) {
                page.forEach(values::add);
                return values;
            }
            JsonNode batch = page.path("values");
            batch.forEach(values::add);
            startAt += batch.size();
            if (batch.isEmpty() || page.path("isLast").asBoolean(true)) {
                return values;
            }
        }
    }

    private static List<JsonNode> list(final JsonNode array) {
        return JiraClient.list(array);
    }
}
