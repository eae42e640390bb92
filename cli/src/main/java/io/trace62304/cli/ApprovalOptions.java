package io.trace62304.cli;

import io.trace62304.approval.ApprovalRequirement;
import io.trace62304.approval.Meaning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** What {@code baseline verify} checks of a release's approvals. */
final class ApprovalOptions {
    @Option(
            names = "--approvals",
            paramLabel = "FILE",
            description = "Check the approvals of the baseline (needs --trust).")
    Path approvals;

    @Option(
            names = "--require-approval",
            paramLabel = "MEANING",
            description = "A meaning the release must have a valid approval for (repeatable).")
    List<Meaning> required = new ArrayList<>();

    @Option(
            names = "--two-person",
            description = "No approval counts by a --not-by identity or with the key that signed the baseline.")
    boolean twoPerson;

    @Option(
            names = "--not-by",
            paramLabel = "ID",
            description = "An identity that built or authored the release and may not approve it (repeatable).")
    List<String> notBy = new ArrayList<>();

    ApprovalRequirement requirement() {
        return new ApprovalRequirement(Set.copyOf(required), twoPerson, notBy);
    }

    boolean isRequested() {
        return approvals != null || !required.isEmpty();
    }
}
