package io.trace62304.anomaly;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import java.util.Locale;
import java.util.Set;

/**
 * Which items of the item source are problems, whatever their issue type, and which closed ones were closed
 * without a fix. Issue types besides the scheme's Software Problem Report: Bug, Defect, Problem, Incident (the
 * names Jira and its common templates use). A done report was closed without a fix when its {@code Resolution} is
 * one the policy's {@code closed-problem-reports-complete} lists in {@code withoutAction} (Won't Fix, Duplicate…),
 * or when its status is not one that records a fix (Closed, Done, Resolved, Fixed, Verified): either way the
 * problem is still in the release.
 */
final class ProblemIssues {
    static final Set<String> PROBLEM_TYPES = Set.of("bug", "defect", "problem", "incident");
    static final Set<String> FIXED_STATUSES = Set.of("closed", "done", "resolved", "fixed", "verified");

    private ProblemIssues() {}

    static boolean isProblemReportType(final ItemState item) {
        return ItemType.PROBLEM_REPORT.displayName().equals(item.type());
    }

    static boolean isProblem(final ItemState item) {
        return isProblemReportType(item)
                || PROBLEM_TYPES.contains(item.type().strip().toLowerCase(Locale.ROOT));
    }

    static boolean isOpen(final ItemState item) {
        return isProblem(item) && !item.done();
    }

    static boolean isClosedWithoutFix(final ItemState item, final Set<String> withoutAction) {
        return isProblem(item)
                && item.done()
                && (withoutAction.contains(resolution(item).toLowerCase(Locale.ROOT))
                        || !FIXED_STATUSES.contains(item.status().strip().toLowerCase(Locale.ROOT)));
    }

    static String resolution(final ItemState item) {
        return item.field(ItemField.RESOLUTION.fieldName()).strip();
    }
}
