package io.trace62304.jiraapp.dc;

import io.trace62304.jiraapp.provision.Action;
import io.trace62304.jiraapp.provision.Plan;
import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.List;

/**
 * {@code manual-steps.md}: what a Data Center administrator does by hand after {@code apply}, because Data
 * Center's REST API cannot (statuses, select options, workflows, the screen and its schemes, the project's switch
 * of workflow scheme), in the order the objects depend on each other, with the {@code apply} runs between them
 * that do the rest over REST; {@code verify} then reads back what it can.
 */
public final class ManualSteps {

    private ManualSteps() {}

    public static String write(final Scheme scheme, final Plan plan, final String project) {
        StringBuilder md = new StringBuilder();
        md.append("# Trace62304 on Jira Data Center: manual steps\n\n")
                .append("`trace62304 jira apply` does what Data Center's REST API allows on ")
                .append(plan.site())
                .append(": issue types, custom fields, link types, the issue type scheme and the project's switch to ")
                .append(
                        "it; once the workflows are imported, the workflow scheme; once the screen exists, its fields. ")
                .append("Do these steps as a Jira administrator, in order, running `apply` where they say, then run ")
                .append("`trace62304 jira verify`: it reads the result back and fails on drift.\n\n");
        List<Action> statuses = plan.manual().stream()
                .filter(a -> a.kind() == Action.Kind.STATUS)
                .toList();
        md.append("## 1. Statuses\n\n");
        if (statuses.isEmpty()) {
            md.append("All statuses exist.\n\n");
        } else {
            md.append("Administration » Issues » Statuses » Add status. Then run `trace62304 jira apply` again: it ")
                    .append("writes the workflow XML with the new statuses' ids.\n\n| name | category |\n|---|---|\n");
            statuses.forEach(a -> md.append("| ")
                    .append(a.name())
                    .append(" | ")
                    .append(scheme.status(a.name()).orElseThrow().category())
                    .append(" |\n"));
            md.append('\n');
        }
        plan.manual().stream()
                .filter(a -> a.kind() == Action.Kind.RESOLUTION)
                .forEach(a -> md.append("Resolution *")
                        .append(a.name())
                        .append("* (")
                        .append(a.detail().replaceFirst(";.*", ""))
                        .append("): Administration » Issues » Resolutions » Add resolution, before `apply` writes the ")
                        .append("workflow XML.\n\n"));
        md.append("## 2. Options of the select fields\n\n")
                .append("Administration » Issues » Custom fields » (field) » Contexts and default value » Edit ")
                .append("Options. Options cannot be read back over REST; check them here.\n\n")
                .append("| field | options |\n|---|---|\n");
        scheme.fields().stream()
                .filter(f -> f.kind().hasOptions())
                .forEach(f -> md.append("| ")
                        .append(f.name())
                        .append(" | ")
                        .append(String.join(", ", f.options()))
                        .append(" |\n"));
        md.append(
                "\n## 3. Workflows\n\nAdministration » Issues » Workflows » Import » Import from XML, one file each:\n\n");
        scheme.workflows()
                .forEach(w -> md.append("- `workflows/")
                        .append(WorkflowXml.fileName(w))
                        .append("`: **")
                        .append(w.name())
                        .append("** for ")
                        .append(String.join(", ", w.issueTypes()))
                        .append('\n'));
        md.append("\n## 4. Screen\n\n")
                .append("Administration » Issues » Screens » Add screen: name it **")
                .append(Scheme.SCREEN)
                .append("** and put `")
                .append(Scheme.MARKER)
                .append("` in its description, which marks it as the ")
                .append("app's. Leave it empty.\n\n")
                .append("## 5. Run `trace62304 jira apply` again\n\n")
                .append("It creates the workflow scheme *")
                .append(Scheme.WORKFLOW_SCHEME)
                .append("* (each issue type to ")
                .append("its workflow) and puts summary, issue type and every Trace62304 field on the screen's ")
                .append("first tab.\n\n")
                .append("## 6. Screen schemes and the project\n\n")
                .append("1. Administration » Issues » Screen schemes » Add: *")
                .append(Scheme.SCREEN)
                .append("*, default screen the one of step 4.\n")
                .append("2. Administration » Issues » Issue type screen schemes » Add: *")
                .append(Scheme.SCREEN)
                .append("*, default the screen scheme of 1.\n")
                .append("3. Project ")
                .append(project)
                .append(" » Project settings » Screens » Use a different scheme: ")
                .append("the issue type screen scheme of 2.\n")
                .append("4. Project ")
                .append(project)
                .append(" » Project settings » Workflows » Switch scheme: *")
                .append(Scheme.WORKFLOW_SCHEME)
                .append("*. Jira asks where the existing issues' statuses go.\n");
        md.append("\n## 7. Rules that depend on the safety class\n\n")
                .append(
                        "Data Center has no built-in validator for a rule that depends on a field's value. The release ")
                .append("gate checks the ones the table in docs/jira-app.md names a gate rule for, for every release ")
                .append("(docs/policy.md); to enforce them on the transition, add them with your validator app.\n\n")
                .append("| workflow | transition | rule |\n|---|---|---|\n");
        for (Scheme.Workflow workflow : scheme.workflows()) {
            for (Scheme.Transition transition : workflow.transitions()) {
                for (Rule rule : transition.rules()) {
                    md.append("| ")
                            .append(workflow.name())
                            .append(" | ")
                            .append(transition.name())
                            .append(" | ")
                            .append(rule.describe())
                            .append(" |\n");
                }
            }
        }
        return md.toString();
    }
}
