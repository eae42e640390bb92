package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraAdmin;
import io.trace62304.jira.JiraException;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.List;
import java.util.Optional;

/**
 * What a Data Center site has of the app's workflows and schemes, as far as its REST API reads them.
 *
 * @param workflows             the site's workflow names, lower case
 * @param issueTypeScheme       the app's issue type scheme, found by name
 * @param schemeProjects        the keys of the projects that use it
 * @param workflowScheme        the app's workflow scheme: by the id the manifest records, or the project's when it
 *                              has the app's name (Data Center cannot list workflow schemes)
 * @param projectWorkflowScheme the workflow scheme the project uses, if the project exists
 */
record DataCenterState(
        List<String> workflows,
        Optional<JsonNode> issueTypeScheme,
        List<String> schemeProjects,
        Optional<JsonNode> workflowScheme,
        Optional<JsonNode> projectWorkflowScheme) {
    DataCenterState {
        workflows = List.copyOf(workflows);
        schemeProjects = List.copyOf(schemeProjects);
    }

    static DataCenterState read(
            final JiraAdmin admin, final String project, final boolean projectExists, final Manifest manifest)
            throws JiraException {
        List<String> workflows =
                admin.workflows().workflowNames().stream().map(SiteState::key).toList();
        Optional<JsonNode> types = admin.dataCenterIssueTypeSchemes().list().stream()
                .filter(s -> Scheme.ISSUE_TYPE_SCHEME.equals(s.path("name").asText()))
                .findFirst();
        List<String> projects = types.isPresent()
                ? admin.dataCenterIssueTypeSchemes()
                        .projects(types.get().path("id").asText())
                : List.of();
        Optional<JsonNode> projectScheme =
                projectExists ? admin.dataCenterWorkflowSchemes().ofProject(project) : Optional.empty();
        Optional<String> recorded =
                manifest.entry(Kind.WORKFLOW_SCHEME, Scheme.WORKFLOW_SCHEME).filter(id -> !Manifest.PENDING.equals(id));
        Optional<JsonNode> scheme = recorded.isPresent()
                ? admin.dataCenterWorkflowSchemes().get(recorded.get())
                : projectScheme.filter(
                        s -> Scheme.WORKFLOW_SCHEME.equals(s.path("name").asText()));
        return new DataCenterState(workflows, types, projects, scheme, projectScheme);
    }

    /** Whether the project uses the app's workflow scheme. */
    boolean projectUsesWorkflowScheme() {
        return workflowScheme.isPresent()
                && projectWorkflowScheme
                        .map(s -> s.path("id").asText())
                        .equals(Optional.of(workflowScheme.get().path("id").asText()));
    }
}
