package io.trace62304.approval;

import java.util.List;

/**
 * What reading approvals from a system of record found: the approvals, the records that hold no approval of a
 * baseline (not approved, approval withdrawn, the baseline changed after it), and what could not be read (the
 * release check cannot decide then).
 */
public record RecordedApprovals(List<RecordedApproval> approvals, List<String> notApproved, List<String> unreadable) {
    public static final RecordedApprovals NONE = new RecordedApprovals(List.of(), List.of(), List.of());

    public RecordedApprovals {
        approvals = List.copyOf(approvals);
        notApproved = List.copyOf(notApproved);
        unreadable = List.copyOf(unreadable);
    }

    /** Both together. */
    public RecordedApprovals and(final RecordedApprovals other) {
        return new RecordedApprovals(
                concat(approvals, other.approvals),
                concat(notApproved, other.notApproved),
                concat(unreadable, other.unreadable));
    }

    private static <T> List<T> concat(final List<T> a, final List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
