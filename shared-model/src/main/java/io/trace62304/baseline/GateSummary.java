package io.trace62304.baseline;

import java.util.List;
import java.util.Objects;

/**
 * The gate decision as the baseline records it: verdict, the policy (name and digest), and each rule's status
 * with its clause and number of findings.
 */
public record GateSummary(String verdict, String policy, String policySha256, List<RuleStatus> rules) {
    public static final GateSummary UNDECIDED = new GateSummary("", "", "", List.of());

    public GateSummary {
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(policySha256);
        rules = List.copyOf(rules);
    }

    /** One rule of the policy and how it came out. */
    public record RuleStatus(String id, String clause, String status, int findings) {
        public RuleStatus {
            if (findings < 0) {
                throw new IllegalArgumentException("a number of findings cannot be negative");
            }
        }
    }
}
