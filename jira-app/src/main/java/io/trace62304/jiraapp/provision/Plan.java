package io.trace62304.jiraapp.provision;

import io.trace62304.jira.Flavour;
import io.trace62304.report.ConsoleText;
import java.util.List;

/**
 * What {@code apply} would do to a site, in order; computed from the scheme and a fresh reading of the site, so
 * the same plan comes out of an interrupted apply's site and is completed by the next one.
 *
 * @param site     the site and project
 * @param actions  one per object of the scheme
 * @param blockers reasons apply cannot start (a conflict, a missing permission or project)
 * @param flavour  the site's flavour, whose words the plan uses (Cloud: work type, space)
 */
public record Plan(String site, List<Action> actions, List<String> blockers, Flavour flavour) {
    public Plan {
        actions = List.copyOf(actions);
        blockers = List.copyOf(blockers);
    }

    public long writes() {
        return actions.stream().filter(a -> a.verb().writes()).count();
    }

    public List<Action> manual() {
        return actions.stream().filter(a -> a.verb() == Action.Verb.MANUAL).toList();
    }

    /** The site already is as the scheme says: nothing to create, nothing in conflict, nothing left to do by hand. */
    public boolean isSettled() {
        return writes() == 0 && blockers.isEmpty() && manual().isEmpty();
    }

    /** The plan for a console: one line per action and blocker, the site's names escaped ({@link ConsoleText}). */
    public String text() {
        StringBuilder text =
                new StringBuilder("Plan for ").append(ConsoleText.line(site)).append(":\n");
        actions.forEach(action ->
                text.append("  ").append(ConsoleText.line(action.line(flavour))).append('\n'));
        blockers.forEach(blocker ->
                text.append("  BLOCKED   ").append(ConsoleText.line(blocker)).append('\n'));
        text.append(writes())
                .append(" object(s) to create or change, ")
                .append(manual().size())
                .append(" manual step(s), ")
                .append(blockers.size())
                .append(" blocker(s)\n");
        return text.toString();
    }
}
