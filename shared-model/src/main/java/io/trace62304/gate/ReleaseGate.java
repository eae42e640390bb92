package io.trace62304.gate;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.IssueKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a policy over a baseline. Same baseline and policy, same result. A rule that cannot be evaluated
 * (an unexpected error in the rule itself) is an ERROR finding: the gate never passes by accident.
 */
public final class ReleaseGate {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::item, IssueKeys.ORDER)
            .thenComparing(Finding::missing)
            .thenComparing(Finding::message);

    private final Policy policy;

    public ReleaseGate(final Policy policy) {
        this.policy = policy;
    }

    public GateResult evaluate(final Baseline baseline) {
        return evaluate(baseline, Optional.empty());
    }

    /**
     * @param previous the previous baseline, against which a problem report's {@code Verified In} an earlier
     *                 baseline is checked
     */
    public GateResult evaluate(final Baseline baseline, final Optional<SealedBaseline> previous) {
        GateContext context = new GateContext(baseline, policy, previous);
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            results.add(evaluate(rule, context));
        }
        Verdict verdict = results.stream().anyMatch(r -> "ERROR".equals(r.status()))
                ? Verdict.ERROR
                : results.stream().anyMatch(r -> "FAIL".equals(r.status())) ? Verdict.FAIL : Verdict.PASS;
        return new GateResult(verdict, results, policy, TableA1.belowMinimum(policy));
    }

    private RuleResult evaluate(final Rule rule, final GateContext context) {
        RuleSettings settings = policy.settings(rule.id());
        String citation = TableA1.citation(rule, settings);
        if (!settings.enabled()) {
            return new RuleResult(rule.id(), citation, rule.title(), "DISABLED", List.of());
        }
        Findings findings = new Findings(rule.id(), citation, settings.severity());
        try {
            rule.check(context, settings, findings);
        } catch (RuntimeException e) {
            findings.cannotDecide(
                    "gate",
                    "an evaluation of rule " + rule.id(),
                    "rule " + rule.id() + " could not be evaluated: " + e);
        }
        List<Finding> found = findings.all().stream().sorted(ORDER).toList();
        return new RuleResult(rule.id(), citation, rule.title(), status(found), found);
    }

    private static String status(final List<Finding> found) {
        if (found.stream().anyMatch(f -> f.level() == Level.ERROR)) {
            return "ERROR";
        }
        if (found.stream().anyMatch(f -> f.level() == Level.FAIL)) {
            return "FAIL";
        }
        return found.isEmpty() ? "PASS" : "WARN";
    }
}
