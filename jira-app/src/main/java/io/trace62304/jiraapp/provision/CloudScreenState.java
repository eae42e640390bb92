package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.Map;
import java.util.Optional;

/**
 * What a Cloud site has of the app's screen schemes and issue type screen scheme, the latter's mappings, and which
 * issue type screen scheme the project uses.
 *
 * @param screenSchemes           screen schemes by (lower-case) name
 * @param issueTypeScreenSchemes  issue type screen schemes by (lower-case) name
 * @param mappings                the app's issue type screen scheme's screen scheme ids by issue type id
 * @param projectScreenScheme     the id of the issue type screen scheme the project uses
 */
record CloudScreenState(
        Map<String, JsonNode> screenSchemes,
        Map<String, JsonNode> issueTypeScreenSchemes,
        Map<String, String> mappings,
        Optional<String> projectScreenScheme) {
    static CloudScreenState read(final JiraScreenAdmin admin, final String projectId) throws JiraException {
        Map<String, JsonNode> issueTypeScreenSchemes = SiteState.byName(admin.issueTypeScreenSchemes());
        JsonNode app = issueTypeScreenSchemes.get(SiteState.key(Scheme.SCREEN));
        return new CloudScreenState(
                SiteState.byName(admin.screenSchemes()),
                issueTypeScreenSchemes,
                app == null
                        ? Map.of()
                        : admin.issueTypeScreenSchemeMappings(app.path("id").asText()),
                projectId.isEmpty() ? Optional.empty() : admin.issueTypeScreenSchemeOf(projectId));
    }
}
