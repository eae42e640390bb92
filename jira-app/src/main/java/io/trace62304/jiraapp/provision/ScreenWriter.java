package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The screen writes of {@code apply}: the fields onto a screen's first tab, and the app's issue type screen scheme
 * with each issue type mapped to its own screen scheme.
 */
final class ScreenWriter {
    private final JiraScreenAdmin admin;
    private final List<ScreenPlanner.Spec> specs;
    private final BiFunction<Kind, String, String> id;

    /**
     * @param id the id of a scheme object on the site (found or created by this apply), by kind and name
     */
    ScreenWriter(
            final JiraScreenAdmin admin,
            final List<ScreenPlanner.Spec> specs,
            final BiFunction<Kind, String, String> id) {
        this.admin = admin;
        this.specs = specs;
        this.id = id;
    }

    /** Puts the system fields and the screen's scheme fields on its first tab, skipping those already there. */
    void addFields(final String name, final AppScreen found) throws JiraException {
        ScreenPlanner.Spec spec =
                specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        String screenId = id.apply(Kind.SCREEN, name);
        String tab =
                found.tab().isEmpty() ? admin.tabs(screenId).get(0).path("id").asText() : found.tab();
        List<String> wanted = new ArrayList<>(ScreenPlanner.SYSTEM_FIELDS);
        spec.fields().forEach(f -> wanted.add(id.apply(Kind.FIELD, f)));
        for (String field : wanted) {
            if (!found.fields().contains(field)) {
                admin.addTabField(screenId, tab, field);
            }
        }
    }

    JsonNode createIssueTypeScreenScheme(final String description) throws JiraException {
        return admin.createIssueTypeScreenScheme(
                Scheme.SCREEN,
                description,
                id.apply(Kind.SCREEN_SCHEME, Scheme.SCREEN),
                ScreenPlanner.wantedMappings(specs, id));
    }

    /** Adds the mappings of the issue types that have none in the app's issue type screen scheme. */
    void addMappings(final String schemeId, final Map<String, String> present) throws JiraException {
        Map<String, String> missing = new LinkedHashMap<>(ScreenPlanner.wantedMappings(specs, id));
        missing.keySet().removeAll(present.keySet());
        admin.addIssueTypeScreenSchemeMappings(schemeId, missing);
    }
}
