package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.List;
import java.util.Optional;

/** Plans the Cloud-only part: the scheme's workflows, the app's issue type and workflow schemes, the project's use of them. */
final class CloudWorkflowPlanner {
    private final Scheme scheme;
    private final CloudWorkflowState cloud;
    private final Manifest manifest;
    private final java.util.Map<String, String> classOptions;
    private final String forgeExtension;

    CloudWorkflowPlanner(
            final Scheme scheme,
            final CloudWorkflowState cloud,
            final Manifest manifest,
            final java.util.Map<String, String> classOptions,
            final String forgeExtension) {
        this.scheme = scheme;
        this.cloud = cloud;
        this.manifest = manifest;
        this.classOptions = classOptions;
        this.forgeExtension = forgeExtension;
    }

    void plan(final List<Action> actions) {
        for (Scheme.Workflow workflow : scheme.workflows()) {
            actions.add(cloud.workflow(workflow.name())
                    .map(found -> compared(workflow, found, actions))
                    .orElse(Action.of(Kind.WORKFLOW, workflow.name(), Verb.CREATE, rules(workflow))));
        }
        Action types = schemeAction(
                Kind.ISSUE_TYPE_SCHEME,
                Scheme.ISSUE_TYPE_SCHEME,
                cloud.issueTypeSchemes().get(SiteState.key(Scheme.ISSUE_TYPE_SCHEME)));
        Action workflows = schemeAction(
                Kind.WORKFLOW_SCHEME,
                Scheme.WORKFLOW_SCHEME,
                cloud.workflowSchemes().get(SiteState.key(Scheme.WORKFLOW_SCHEME)));
        actions.add(types);
        actions.add(workflows);
        if (!cloud.projectId().isEmpty()) {
            Action screens = actions.stream()
                    .filter(a -> a.kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME)
                    .findFirst()
                    .orElseThrow();
            actions.add(project(types, workflows, screens));
        }
    }

    /** An existing workflow: someone else's (USE), the app's as the scheme says (KEEP), or the app's to update. */
    private Action compared(final Scheme.Workflow workflow, final JsonNode found, final List<Action> actions) {
        Action existing = Planner.existing(manifest, Kind.WORKFLOW, workflow.name(), found, "");
        if (existing.verb() != Verb.KEEP) {
            return existing;
        }
        try {
            JsonNode wanted = new WorkflowPayload(
                            scheme,
                            ids(actions, Kind.STATUS),
                            ids(actions, Kind.FIELD),
                            ids(actions, Kind.RESOLUTION),
                            classOptions,
                            forgeExtension)
                    .request(List.of(workflow))
                    .path("workflows")
                    .get(0);
            if (WorkflowPayload.signature(wanted).equals(WorkflowPayload.signature(found))) {
                return existing;
            }
            return new Action(
                    Kind.WORKFLOW,
                    workflow.name(),
                    Verb.UPDATE,
                    "its transitions or rules differ from the " + "scheme",
                    existing.id());
        } catch (IllegalStateException e) {
            return new Action(
                    Kind.WORKFLOW,
                    workflow.name(),
                    Verb.UPDATE,
                    "the scheme's statuses or fields changed",
                    existing.id());
        }
    }

    private static java.util.Map<String, String> ids(final List<Action> actions, final Kind kind) {
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        actions.stream().filter(a -> a.kind() == kind && !a.id().isEmpty()).forEach(a -> ids.put(a.name(), a.id()));
        return ids;
    }

    private String rules(final Scheme.Workflow workflow) {
        if (!forgeExtension.isEmpty()) {
            return "class rules through the Forge app";
        }
        return "class rules as built-in conditions and validators"
                + (WorkflowPayload.needsForge(workflow)
                        ? "; link rules: the Forge app is not installed (--forge-extension), so the release gate alone "
                                + "enforces them"
                        : "");
    }

    private Action schemeAction(final Kind kind, final String name, final JsonNode found) {
        return found == null
                ? Action.of(kind, name, Verb.CREATE, "")
                : Planner.existing(manifest, kind, name, found, "");
    }

    private Action project(final Action types, final Action workflows, final Action screens) {
        boolean usesTypes = uses(cloud.projectIssueTypeScheme(), types);
        boolean usesWorkflows = uses(cloud.projectWorkflowScheme(), workflows);
        boolean usesScreens = uses(cloud.screens().projectScreenScheme(), screens);
        if (usesTypes && usesWorkflows && usesScreens) {
            return new Action(
                    Kind.PROJECT, "id " + cloud.projectId(), Verb.KEEP, "uses the app's schemes", cloud.projectId());
        }
        return new Action(
                Kind.PROJECT,
                "id " + cloud.projectId(),
                Verb.ASSIGN,
                "switched to the app's issue type, "
                        + "screen and workflow schemes (a project with issues is switched in Project settings » Workflows "
                        + "instead)",
                cloud.projectId());
    }

    private static boolean uses(final Optional<String> current, final Action scheme) {
        return !scheme.id().isEmpty() && current.equals(Optional.of(scheme.id()));
    }
}
