package io.trace62304.jiraapp.provision;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;

/**
 * What a Cloud site has of the app's screen scheme and issue type screen scheme, and which issue type screen scheme
 * the project uses.
 *
 * @param screenSchemes           screen schemes by (lower-case) name
 * @param issueTypeScreenSchemes  issue type screen schemes by (lower-case) name
 * @param projectScreenScheme     the id of the issue type screen scheme the project uses
 */
record CloudScreenState(Map<String, JsonNode> screenSchemes, Map<String, JsonNode> issueTypeScreenSchemes,
        Optional<String> projectScreenScheme) {
    static CloudScreenState read(final JiraScreenAdmin admin, final String projectId) throws JiraException {
        return new CloudScreenState(SiteState.byName(admin.screenSchemes()),
                SiteState.byName(admin.issueTypeScreenSchemes()), projectId.isEmpty() ? Optional.empty()
                        : admin.issueTypeScreenSchemeOf(projectId));
    }
}
