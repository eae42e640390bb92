package io.trace62304.jiraapp.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;

/**
 * What a Cloud site has of the app's screen, its screen scheme and issue type screen scheme, and which issue type
 * screen scheme the project uses.
 *
 * @param screen                  the app's screen found by name, if any
 * @param tab                     the id of that screen's first tab, or empty
 * @param screenFields            the ids of the fields on that tab
 * @param screenSchemes           screen schemes by (lower-case) name
 * @param issueTypeScreenSchemes  issue type screen schemes by (lower-case) name
 * @param projectScreenScheme     the id of the issue type screen scheme the project uses
 */
record CloudScreenState(Optional<JsonNode> screen, String tab, List<String> screenFields,
        Map<String, JsonNode> screenSchemes, Map<String, JsonNode> issueTypeScreenSchemes,
        Optional<String> projectScreenScheme) {
    static final String NAME = "Trace62304: IEC 62304";

    static CloudScreenState read(final JiraScreenAdmin admin, final String projectId) throws JiraException {
        Optional<JsonNode> screen = admin.screens(NAME).stream().filter(s -> NAME.equals(s.path("name").asText()))
                .findFirst();
        String tab = "";
        List<String> fields = new ArrayList<>();
        if (screen.isPresent()) {
            List<JsonNode> tabs = admin.tabs(screen.get().path("id").asText());
            if (!tabs.isEmpty()) {
                tab = tabs.get(0).path("id").asText();
                admin.tabFields(screen.get().path("id").asText(), tab).forEach(f -> fields.add(f.path("id").asText()));
            }
        }
        return new CloudScreenState(screen, tab, fields, SiteState.byName(admin.screenSchemes()),
                SiteState.byName(admin.issueTypeScreenSchemes()), projectId.isEmpty() ? Optional.empty()
                        : admin.issueTypeScreenSchemeOf(projectId));
    }
}
