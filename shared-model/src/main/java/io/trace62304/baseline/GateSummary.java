package io.trace62304.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The gate decision as the baseline records it: verdict, the policy (name and digest), each rule's status with
 * its clause and number of findings, and one line per rule the policy sets below the IEC 62304 A1:2015 Table A.1
 * floor. {@code belowMinimum} is written only when there is one (a baseline sealed before it existed reads, seals
 * and verifies unchanged).
 */
public record GateSummary(
        String verdict,
        String policy,
        String policySha256,
        List<RuleStatus> rules,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> belowMinimum) {
    public static final GateSummary UNDECIDED = new GateSummary("", "", "", List.of(), List.of());

    public GateSummary {
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(policySha256);
        rules = List.copyOf(rules);
        belowMinimum = belowMinimum == null ? List.of() : List.copyOf(belowMinimum);
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
