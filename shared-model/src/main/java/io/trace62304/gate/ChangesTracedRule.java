package io.trace62304.gate;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ChangeRecord;

/**
 * QMS criterion supporting 8.2.1 and 8.2.4: every commit since the previous release names the change request or
 * problem report it implements (an issue key of an item in scope), so the record of each change leads to its
 * approval. A release that chains to a previous release but was given no commit list is noted too.
 */
final class ChangesTracedRule implements Rule {
    @Override
    public String id() {
        return "changes-traced";
    }

    @Override
    public String clause() {
        return "QMS criterion (supports 8.2.1, 8.2.4: changes traced to approved change requests)";
    }

    @Override
    public String title() {
        return "every commit since the previous release names an item in scope that it implements";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        if (!settings.appliesTo(context.systemClass())) {
            return;
        }
        Baseline baseline = context.baseline();
        boolean listed =
                baseline.inputs().stream().anyMatch(input -> input.kind().equals("commits"));
        if (!listed
                && baseline.build().release().kind().releases()
                && !baseline.previousDigest().isEmpty()) {
            findings.add(
                    "changes",
                    "the commits since the previous release",
                    "the commits since the previous release were not given (--commits): the changes of this "
                            + baseline.build().release().kind() + " cannot be traced to change requests");
        }
        for (ChangeRecord change : baseline.changes()) {
            if (change.keys().stream().noneMatch(key -> context.item(key).isPresent())) {
                String commit = change.commit()
                        .substring(0, Math.min(12, change.commit().length()));
                findings.add(
                        commit,
                        "an issue key of the change request or problem report it implements",
                        "commit " + commit + " ('" + change.subject() + "') names "
                                + (change.keys().isEmpty() ? "no issue key" : "no item in scope " + change.keys()));
            }
        }
    }
}
