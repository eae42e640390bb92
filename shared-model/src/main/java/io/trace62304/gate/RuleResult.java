package io.trace62304.gate;

import java.util.List;

/**
 * How one rule came out: {@code PASS}, {@code FAIL}, {@code ERROR}, {@code WARN} (findings of a warning-only
 * rule) or {@code DISABLED} by the policy.
 */
public record RuleResult(String id, String clause, String title, String status, List<Finding> findings) {
    public RuleResult {
        findings = List.copyOf(findings);
    }

    /** The clause as people read it: "IEC 62304 7.3.1", or "QMS criterion (…)" for a choice beyond the standard. */
    public String citation() {
        return Finding.cite(clause);
    }
}
