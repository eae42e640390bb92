package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraAdmin;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraWorkflowAdmin;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.Map;
import java.util.Optional;

/**
 * What a Cloud site has of the scheme's workflows, the app's two schemes, and which schemes the project uses.
 *
 * @param workflows               the scheme's workflows found by name
 * @param workflowSchemes         workflow schemes by (lower-case) name
 * @param issueTypeSchemes        issue type schemes by (lower-case) name
 * @param projectId               the project's id, or empty
 * @param projectWorkflowScheme   the id of the workflow scheme the project uses, or empty for Jira's default
 * @param projectIssueTypeScheme  the id of the issue type scheme the project uses
 * @param screens                 the app's screen and screen schemes
 * @param fieldSchemes            the space's field model and the app's field scheme
 */
record CloudWorkflowState(
        Map<String, JsonNode> workflows,
        Map<String, JsonNode> workflowSchemes,
        Map<String, JsonNode> issueTypeSchemes,
        String projectId,
        Optional<String> projectWorkflowScheme,
        Optional<String> projectIssueTypeScheme,
        CloudScreenState screens,
        FieldSchemeState fieldSchemes) {
    static CloudWorkflowState read(final JiraAdmin jira, final Scheme scheme, final String projectId)
            throws JiraException {
        JiraWorkflowAdmin admin = jira.workflows();
        Map<String, JsonNode> workflows = SiteState.byName(admin.workflows(
                scheme.workflows().stream().map(Scheme.Workflow::name).toList()));
        return new CloudWorkflowState(
                workflows,
                SiteState.byName(admin.workflowSchemes()),
                SiteState.byName(admin.issueTypeSchemes()),
                projectId,
                projectId.isEmpty() ? Optional.empty() : admin.workflowSchemeOf(projectId),
                projectId.isEmpty() ? Optional.empty() : admin.issueTypeSchemeOf(projectId),
                CloudScreenState.read(jira.screens(), projectId),
                FieldSchemeState.read(jira.fieldSchemes(), projectId));
    }

    Optional<JsonNode> workflow(final String name) {
        return Optional.ofNullable(workflows.get(SiteState.key(name)));
    }
}
