package io.trace62304.jiraapp.dc;

import java.util.List;

import io.trace62304.jiraapp.provision.Action;
import io.trace62304.jiraapp.provision.Plan;
import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;

/**
 * {@code manual-steps.md}: what a Data Center administrator does by hand after {@code apply}, because Data
 * Center's REST API cannot (statuses, select options, workflows, workflow schemes, screens), in the order the
 * objects depend on each other; {@code verify} then reads back what it can.
 */
public final class ManualSteps {
    private ManualSteps() {
    }

    public static String write(final Scheme scheme, final Plan plan, final String project) {
        StringBuilder md = new StringBuilder();
        md.append("# Trace62304 on Jira Data Center: manual steps\n\n")
                .append("`trace62304 jira apply` created what Data Center's REST API allows (issue types, custom ")
                .append("fields, link types, the project's issue type scheme) on ").append(plan.site())
                .append(". Do these steps as a Jira administrator, in order, then run `trace62304 jira verify`: it ")
                .append("reads the result back and fails on drift.\n\n");
        List<Action> statuses = plan.manual().stream().filter(a -> a.kind() == Action.Kind.STATUS).toList();
        md.append("## 1. Statuses\n\n");
        if (statuses.isEmpty()) {
            md.append("All statuses exist.\n\n");
        }
        else {
            md.append("Administration » Issues » Statuses » Add status. Then run `trace62304 jira apply` again: it ")
                    .append("writes the workflow XML with the new statuses' ids.\n\n| name | category |\n|---|---|\n");
            statuses.forEach(a -> md.append("| ").append(a.name()).append(" | ").append(scheme.status(a.name())
                    .orElseThrow().category()).append(" |\n"));
            md.append('\n');
        }
        md.append("## 2. Options of the select fields\n\n")
                .append("Administration » Issues » Custom fields » (field) » Contexts and default value » Edit ")
                .append("Options. Options cannot be read back over REST; check them here.\n\n")
                .append("| field | options |\n|---|---|\n");
        scheme.fields().stream().filter(f -> f.kind().hasOptions()).forEach(f -> md.append("| ").append(f.name())
                .append(" | ").append(String.join(", ", f.options())).append(" |\n"));
        md.append("\n## 3. Workflows\n\nAdministration » Issues » Workflows » Import » Import from XML, one file each:\n\n");
        scheme.workflows().forEach(w -> md.append("- `workflows/").append(WorkflowXml.fileName(w)).append("`: **")
                .append(w.name()).append("** for ").append(String.join(", ", w.issueTypes())).append('\n'));
        md.append("\n## 4. Workflow scheme, screens, project\n\n")
                .append("1. Administration » Issues » Workflow schemes » Add: map each issue type to its workflow above.\n")
                .append("2. Add the fields to the screens of the issue types (Administration » Issues » Screens).\n")
                .append("3. Project ").append(project).append(" » Project settings » Workflows: use the workflow scheme of ")
                .append("step 1. (`apply` already created the issue type scheme *Trace62304: IEC 62304 issue types* ")
                .append("and switched the project to it.)\n");
        md.append("\n## 5. Rules that depend on the safety class\n\n")
                .append("Data Center has no built-in validator for a rule that depends on a field's value. The release ")
                .append("gate checks these for every release (docs/policy.md); to enforce them on the transition too, ")
                .append("add them with your validator app.\n\n| workflow | transition | rule |\n|---|---|---|\n");
        for (Scheme.Workflow workflow : scheme.workflows()) {
            for (Scheme.Transition transition : workflow.transitions()) {
                for (Rule rule : transition.rules()) {
                    md.append("| ").append(workflow.name()).append(" | ").append(transition.name()).append(" | ")
                            .append(rule.describe()).append(" |\n");
                }
            }
        }
        return md.toString();
    }
}
