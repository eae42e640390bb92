package io.trace62304.monitor;

import io.trace62304.gate.Policy;
import java.util.Objects;

/**
 * The policy's {@code monitoring} section (docs/policy.md).
 *
 * @param communicationRequired whether an exploitable finding in a released version (assessed {@code
 *     exploitable}, or known exploited and not assessed as unaffected) needs a recorded communication decision
 *     (6.2.5: users and regulators informed, or why not)
 * @param linkBack what {@code monitor --link-back} writes about a new vulnerability of a released SOUP item
 */
public record MonitorPolicy(boolean communicationRequired, LinkBackTarget linkBack) {
    /** Where {@code monitor --link-back} records a new vulnerability of a released SOUP item. */
    public enum LinkBackTarget {
        /** One Software Problem Report per vulnerability, naming the affected released versions (9.1). */
        PROBLEM_REPORT,
        /** An {@code in triage} line in the SOUP item's {@code Vulnerability Assessment} field (7.1.3). */
        SOUP_ITEM
    }

    public MonitorPolicy {
        Objects.requireNonNull(linkBack);
    }

    /** With problem reports as the link-back's target (the default). */
    public MonitorPolicy(final boolean communicationRequired) {
        this(communicationRequired, LinkBackTarget.PROBLEM_REPORT);
    }

    /**
     * @param policy a loaded policy
     * @return its monitoring settings
     */
    public static MonitorPolicy of(final Policy policy) {
        return new MonitorPolicy(
                !"optional"
                        .equals(policy.monitoring()
                                .path("communicationDecision")
                                .asText("required")),
                "soup-item".equals(policy.monitoring().path("linkBack").asText("problem-report"))
                        ? LinkBackTarget.SOUP_ITEM
                        : LinkBackTarget.PROBLEM_REPORT);
    }
}
