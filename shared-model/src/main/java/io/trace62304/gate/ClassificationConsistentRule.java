package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ClassIssue;
import io.trace62304.item.ItemSet;

/**
 * 4.3, 7.2.2b: the classes written on the items agree with the classes the standard derives. A software item
 * below the class of a risk control it implements, or a written Safety Class below the derived one (which Jira
 * would use for its workflow rules), is a finding. The items are re-classified from the baseline, so a stored
 * baseline gives the same findings.
 */
final class ClassificationConsistentRule implements Rule {
    @Override
    public String id() {
        return "classification-consistent";
    }

    @Override
    public String clause() {
        return "4.3, 7.2.2b";
    }

    @Override
    public String title() {
        return "every software item is at least the class of the risk controls it implements, and no written"
                + " class is below the derived one";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        ItemSet items = ItemSet.of(
                context.baseline().items().stream().map(ItemState::asItem).toList());
        for (ClassIssue issue : items.classIssues(context.policy().profile())) {
            if (settings.appliesTo(issue.safetyClass())) {
                findings.add(issue.key(), issue.missing(), issue.message());
            }
        }
    }
}
