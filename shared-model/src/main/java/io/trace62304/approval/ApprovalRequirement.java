package io.trace62304.approval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a release needs of its approvals (QMS criterion; 21 CFR 11 does not say how many).
 *
 * @param meanings  the meanings that must each have a valid approval (empty: none required)
 * @param twoPerson whether the two-person rule applies: no approval counts whose signer is one of {@code notBy}
 *                  (the build's author or builder) or holds the key that signed the baseline
 * @param notBy     identities that may not approve this release
 */
public record ApprovalRequirement(Set<Meaning> meanings, boolean twoPerson, List<String> notBy) {
    public static final ApprovalRequirement NONE = new ApprovalRequirement(Set.of(), false, List.of());

    public ApprovalRequirement {
        meanings = Set.copyOf(meanings);
        notBy = List.copyOf(notBy);
    }

    /** Why an approval by this identity does not count under the two-person rule, when it does not. */
    public Optional<String> excludes(final Meaning meaning, final String signerId) {
        if (twoPerson && notBy.contains(signerId)) {
            return Optional.of("two-person rule: the " + meaning.id() + " by " + signerId
                    + " does not count: the approver built or authored this release");
        }
        return Optional.empty();
    }
}
