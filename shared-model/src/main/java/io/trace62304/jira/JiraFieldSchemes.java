package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira Cloud's Field Schemes ({@code /rest/api/3/config/fieldschemes}, Atlassian RFC-105; Administer Jira), the model
 * that replaces field configurations: a space (project) uses one field scheme, which lists the fields available in
 * it, each for every work type or restricted to some. During the transition a site has spaces on either model;
 * {@link #schemeOf} tells which.
 */
public final class JiraFieldSchemes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BASE = "/rest/api/3/config/fieldschemes";

    private final JiraHttp http;

    JiraFieldSchemes(final JiraHttp http) {
        this.http = http;
    }

    /**
     * The id of the field scheme the project uses, or empty when it is still on field configurations ("Get projects
     * with field schemes" lists only projects on Field Schemes; a site without the API answers 404).
     */
    public Optional<String> schemeOf(final String projectId) throws JiraException {
        Optional<JsonNode> page =
                http.sendAllowing404(JiraRequest.get(BASE + "/projects?projectId=" + JiraClient.encode(projectId)));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode value : page.get().path("values")) {
            if (value.path("projectId").asText().equals(projectId) && value.hasNonNull("schemeId")) {
                return Optional.of(value.path("schemeId").asText());
            }
        }
        return Optional.empty();
    }

    /** The field schemes whose name or description contains the query. */
    public List<JsonNode> schemes(final String query) throws JiraException {
        return JiraAdmin.pages(http, BASE + "?query=" + JiraClient.encode(query));
    }

    /** The fields of a scheme: field id to the work type ids it is restricted to (empty: every work type). */
    public Map<String, List<String>> fields(final String schemeId) throws JiraException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonNode field : JiraAdmin.pages(http, BASE + "/" + JiraClient.encode(schemeId) + "/fields")) {
            List<String> types = new ArrayList<>();
            field.path("restrictedToWorkTypes").forEach(t -> types.add(t.asText()));
            fields.put(field.path("fieldId").asText(), List.copyOf(types));
        }
        return fields;
    }

    /** A new scheme with the fields of {@code sourceId} (so a space switched to it keeps every field it had). */
    public JsonNode cloneScheme(final String sourceId, final String name, final String description)
            throws JiraException {
        return http.send(JiraRequest.post(
                BASE + "/" + JiraClient.encode(sourceId) + "/clone",
                JSON.objectNode().put("name", name).put("description", description)));
    }

    /**
     * Puts fields into a scheme, each for the work types given (none: every work type); Jira replaces a field's
     * earlier work type restriction. A field Jira reports as not updated is an error.
     */
    public void associateFields(final String schemeId, final Map<String, List<String>> fields) throws JiraException {
        ObjectNode body = JSON.objectNode();
        fields.forEach((fieldId, types) -> {
            ObjectNode item = body.putArray(fieldId).addObject();
            item.putArray("schemeIds").add(id(schemeId));
            if (!types.isEmpty()) {
                ArrayNode restricted = item.putArray("restrictedToWorkTypes");
                types.forEach(t -> restricted.add(id(t)));
            }
        });
        String path = BASE + "/fields";
        failures(path, http.send(JiraRequest.put(path, body)), "fieldId");
    }

    /** Makes the project use the scheme. */
    public void assignProject(final String schemeId, final String projectId) throws JiraException {
        ObjectNode body = JSON.objectNode();
        body.putObject(schemeId).putArray("projectIds").add(id(projectId));
        String path = BASE + "/projects";
        failures(path, http.send(JiraRequest.put(path, body)), "projectId");
    }

    /** A Jira id as these operations declare it, an int64 (the ids were read from Jira, which gives them as digits). */
    private static long id(final String jiraId) {
        return Long.valueOf(jiraId);
    }

    /** The partial-failure answer (200/207 with {@code results}): any result without success is refused. */
    private static void failures(final String path, final JsonNode answer, final String subject) throws JiraException {
        List<String> failed = new ArrayList<>();
        answer.path("results").forEach(r -> {
            if (!r.path("success").asBoolean(true)) {
                failed.add(r.path(subject).asText() + ": " + r.path("error").asText("not updated"));
            }
        });
        if (!failed.isEmpty()) {
            throw new JiraException(JiraException.Kind.BAD_REQUEST, "PUT " + path, 207, failed, null);
        }
    }
}
