package io.trace62304.gate;

import io.trace62304.baseline.GateSummary;
import java.util.List;
import java.util.Objects;

/**
 * The verdict, every rule's result, the policy that decided, and each rule that policy sets below the IEC 62304
 * A1:2015 Table A.1 floor (every output shows those lines).
 */
public record GateResult(Verdict verdict, List<RuleResult> rules, Policy policy, List<BelowMinimum> belowMinimum) {
    public GateResult {
        Objects.requireNonNull(verdict);
        rules = List.copyOf(rules);
        Objects.requireNonNull(policy);
        belowMinimum = List.copyOf(belowMinimum);
    }

    /** One line per rule below the floor, e.g. "policy below the IEC 62304 A1:2015 minimum for Class A: …". */
    public List<String> belowMinimumLines() {
        return belowMinimum.stream().map(BelowMinimum::line).toList();
    }

    /** Every finding, in rule order. */
    public List<Finding> findings() {
        return rules.stream().flatMap(rule -> rule.findings().stream()).toList();
    }

    public long count(final Level level) {
        return findings().stream().filter(f -> f.level() == level).count();
    }

    /** The summary the baseline records. */
    public GateSummary summary() {
        return new GateSummary(
                verdict.name(),
                policy.name() + " (" + policy.source() + ")",
                policy.sha256(),
                rules.stream()
                        .map(r -> new GateSummary.RuleStatus(
                                r.id(), r.clause(), r.status(), r.findings().size()))
                        .toList(),
                belowMinimumLines());
    }
}
