package io.trace62304.gate;

import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.item.SafetyClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The policy's {@code approval} section: which sealed baselines need a signed approval before they are released,
 * checked after the gate by {@code trace62304 release-check} (rule {@value #RULE}), never by the gate itself: an
 * approval signs the baseline's digest, and the gate's verdict is inside the baseline, so the gate that seals a
 * release cannot hold its own approval. A QMS criterion in the spirit of 21 CFR 11.50 and 11.70.
 *
 * @param classes   the system classes (4.3) at which a release needs its approvals; empty: never
 * @param kinds     the kinds of baseline that need them (by default releases only, never a CI run)
 * @param meanings  the meanings that each need a valid approval: {@code review}, {@code approval},
 *                  {@code responsibility}
 * @param twoPerson whether an approval by the builder or a change author, or with the key that signed the
 *                  baseline, does not count
 * @param sources   where an approval may come from: {@value #SIGNATURE} ({@code trace62304 approve}, signed with the
 *                  approver's key) and {@code jira} (a transition to Approved on the release's approval issue,
 *                  the identity being the Jira account)
 */
public record ApprovalSettings(
        Set<SafetyClass> classes,
        Set<ReleaseIdentity.Kind> kinds,
        List<String> meanings,
        boolean twoPerson,
        List<String> sources) {
    /** The rule id that findings of the release check carry. */
    public static final String RULE = "release-approved";

    /** What {@link #RULE} cites. */
    public static final String CLAUSE =
            "QMS criterion (release approval in the spirit of 21 CFR 11.50, 11.70; supports IEC 62304 5.8)";

    /** The meanings an approval can have (21 CFR 11.50(a)(3)), as the policy names them. */
    public static final List<String> MEANINGS = List.of("review", "approval", "responsibility");

    /** The source of a signed approval. */
    public static final String SIGNATURE = "signature";

    /** The sources an approval can come from. */
    public static final List<String> SOURCES = List.of(SIGNATURE, "jira");

    public ApprovalSettings {
        sources = sources.stream().distinct().toList();
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        meanings = meanings.stream().distinct().toList();
    }

    /** Whether a baseline of this kind and system class needs approvals. */
    public boolean requiredFor(final ReleaseIdentity.Kind kind, final SafetyClass systemClass) {
        return !meanings.isEmpty() && kinds.contains(kind) && classes.contains(systemClass);
    }

    /** The requirement in words, e.g. "approval (meanings: approval) of a release at Class B or C". */
    public String describe() {
        if (meanings.isEmpty() || kinds.isEmpty() || classes.isEmpty()) {
            return "no approval required";
        }
        return "approval (meanings: " + String.join(", ", meanings) + ") of a "
                + String.join(
                        " or ", kinds.stream().sorted().map(Object::toString).toList()) + " at Class "
                + String.join(" or ", classes.stream().sorted().map(Enum::name).toList())
                + (twoPerson ? ", two-person rule" : "");
    }
}
