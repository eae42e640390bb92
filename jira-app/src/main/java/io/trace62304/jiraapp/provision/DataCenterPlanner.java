package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jiraapp.dc.WorkflowXml;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans the Data Center part: the workflows (imported from XML by the administrator), the app's issue type scheme
 * and the project's use of it (REST), the workflow scheme (created over REST once the workflows are imported) and
 * the project's switch to it, which only the administrator can make (Data Center migrates the issues' statuses).
 */
final class DataCenterPlanner {
    private final Scheme scheme;
    private final DataCenterState site;
    private final Manifest manifest;
    private final String project;
    private final boolean projectExists;

    DataCenterPlanner(
            final Scheme scheme,
            final DataCenterState site,
            final Manifest manifest,
            final String project,
            final boolean projectExists) {
        this.scheme = scheme;
        this.site = site;
        this.manifest = manifest;
        this.project = project;
        this.projectExists = projectExists;
    }

    void plan(final List<Action> actions) {
        scheme.workflows()
                .forEach(workflow -> actions.add(
                        site.workflows().contains(SiteState.key(workflow.name()))
                                ? Action.of(Kind.WORKFLOW, workflow.name(), Verb.KEEP, "imported")
                                : Action.of(
                                        Kind.WORKFLOW,
                                        workflow.name(),
                                        Verb.MANUAL,
                                        "import workflows/"
                                                + WorkflowXml.fileName(workflow)
                                                + " (Administration » Issues » Workflows » Import from XML), "
                                                + "see manual-steps.md")));
        String types = Scheme.ISSUE_TYPE_SCHEME;
        actions.add(site.issueTypeScheme()
                .map(found -> Planner.existing(manifest, Kind.ISSUE_TYPE_SCHEME, types, found, ""))
                .orElse(Action.of(Kind.ISSUE_TYPE_SCHEME, types, Verb.CREATE, "")));
        actions.add(workflowScheme(actions));
        if (projectExists) {
            actions.add(
                    site.schemeProjects().contains(project)
                            ? new Action(Kind.PROJECT, project, Verb.KEEP, "uses the app's issue type scheme", project)
                            : new Action(
                                    Kind.PROJECT,
                                    project,
                                    Verb.ASSIGN,
                                    "switched to the app's issue type scheme",
                                    project));
            actions.add(
                    site.projectUsesWorkflowScheme()
                            ? new Action(
                                    Kind.PROJECT,
                                    project + " workflows",
                                    Verb.KEEP,
                                    "uses the app's workflow scheme",
                                    project)
                            : new Action(
                                    Kind.PROJECT,
                                    project + " workflows",
                                    Verb.MANUAL,
                                    "Project settings » Workflows » "
                                            + "Switch scheme to '" + Scheme.WORKFLOW_SCHEME
                                            + "' (Data Center's REST API "
                                            + "cannot switch a project's workflows), see manual-steps.md",
                                    project));
        }
    }

    private Action workflowScheme(final List<Action> actions) {
        String name = Scheme.WORKFLOW_SCHEME;
        if (site.workflowScheme().isPresent()) {
            JsonNode found = site.workflowScheme().get();
            Action existing = Planner.existing(manifest, Kind.WORKFLOW_SCHEME, name, found, "");
            Map<String, String> wanted = scheme.workflowMappings(type -> actions.stream()
                    .filter(a -> a.kind() == Kind.ISSUE_TYPE && a.name().equals(type))
                    .map(Action::id)
                    .findFirst()
                    .orElse(""));
            Map<String, String> present = new TreeMap<>();
            found.path("issueTypeMappings")
                    .properties()
                    .forEach(e -> present.put(e.getKey(), e.getValue().asText()));
            return present.equals(wanted)
                    ? existing
                    : new Action(
                            Kind.WORKFLOW_SCHEME,
                            name,
                            Verb.MANUAL,
                            "its issue "
                                    + "type mappings differ from the scheme's: map each issue type to its workflow in Administration » "
                                    + "Issues » Workflow schemes",
                            existing.id());
        }
        boolean imported =
                actions.stream().filter(a -> a.kind() == Kind.WORKFLOW).allMatch(a -> a.verb() == Verb.KEEP);
        String interrupted = manifest.entry(Kind.WORKFLOW_SCHEME, name)
                        .filter(Manifest.PENDING::equals)
                        .isPresent()
                ? "; an earlier apply stopped while creating it: if Jira answers that the name is taken, switch the "
                        + "project to that scheme (Project settings » Workflows) and apply finds it there"
                : "";
        return imported
                ? Action.of(Kind.WORKFLOW_SCHEME, name, Verb.CREATE, "each issue type to its workflow" + interrupted)
                : Action.of(
                        Kind.WORKFLOW_SCHEME,
                        name,
                        Verb.MANUAL,
                        "created by apply once the " + "workflows are imported");
    }
}
