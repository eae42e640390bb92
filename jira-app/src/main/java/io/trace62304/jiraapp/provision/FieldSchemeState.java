package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraFieldSchemes;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field model a Cloud space uses, and what the app's field scheme holds (Atlassian RFC-105: during the move
 * from field configurations to Field Schemes a site has spaces on either model).
 *
 * @param projectScheme the id of the field scheme the space uses, or empty: it is on field configurations
 * @param appScheme     the app's field scheme ({@link Scheme#FIELD_SCHEME}), when it exists
 * @param appFields     the app's field scheme's fields: field id to the work type ids it is restricted to
 */
record FieldSchemeState(
        Optional<String> projectScheme, Optional<JsonNode> appScheme, Map<String, List<String>> appFields) {
    static final FieldSchemeState FIELD_CONFIGURATIONS =
            new FieldSchemeState(Optional.empty(), Optional.empty(), Map.of());

    FieldSchemeState {
        appFields = Map.copyOf(appFields);
    }

    static FieldSchemeState read(final JiraFieldSchemes jira, final String projectId) throws JiraException {
        if (projectId.isEmpty()) {
            return FIELD_CONFIGURATIONS;
        }
        Optional<String> used = jira.schemeOf(projectId);
        if (used.isEmpty()) {
            return FIELD_CONFIGURATIONS;
        }
        Optional<JsonNode> app = jira.schemes(Scheme.FIELD_SCHEME).stream()
                .filter(s -> s.path("name").asText().equalsIgnoreCase(Scheme.FIELD_SCHEME))
                .findFirst();
        return new FieldSchemeState(
                used, app, app.isPresent() ? jira.fields(app.get().path("id").asText()) : Map.of());
    }

    /** Whether the space is on Field Schemes. */
    boolean onFieldSchemes() {
        return projectScheme.isPresent();
    }
}
