package io.trace62304.monitor;

import io.trace62304.gate.Policy;

/**
 * The policy's {@code monitoring} section (docs/policy.md).
 *
 * @param communicationRequired whether an exploitable finding in a released version (assessed {@code
 *     exploitable}, or known exploited and not assessed as unaffected) needs a recorded communication decision
 *     (6.2.5: users and regulators informed, or why not)
 */
public record MonitorPolicy(boolean communicationRequired) {
    /**
     * @param policy a loaded policy
     * @return its monitoring settings
     */
    public static MonitorPolicy of(final Policy policy) {
        return new MonitorPolicy(!"optional"
                .equals(policy.monitoring().path("communicationDecision").asText("required")));
    }
}
