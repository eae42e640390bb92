package io.trace62304.gate;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TraceGraph;
import io.trace62304.trace.VerificationRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the rules read: the baseline, its trace graph, the items by key, the policy, and the previous baseline when
 * one was given (where an earlier verification can be checked).
 */
final class GateContext {
    private final Baseline baseline;
    private final Optional<SealedBaseline> previous;
    private final Policy policy;
    private final TraceGraph graph;
    private final Map<String, ItemState> items = new TreeMap<>(IssueKeys.ORDER);
    private final SafetyClass systemClass;
    private final ProblemReports problemReports;
    private VulnerabilityEvidence vulnerabilityEvidence;
    private final VerificationRecords verificationRecords;

    GateContext(final Baseline baseline, final Policy policy) {
        this(baseline, policy, Optional.empty());
    }

    GateContext(final Baseline baseline, final Policy policy, final Optional<SealedBaseline> previous) {
        this.baseline = baseline;
        this.previous = previous;
        this.policy = policy;
        this.graph = new TraceGraph(baseline.tests().results());
        baseline.items().forEach(item -> items.put(item.key(), item));
        this.problemReports = new ProblemReports(baseline.items());
        this.verificationRecords = new VerificationRecords(
                baseline.items().stream().map(ItemState::asItem).toList());
        this.systemClass = baseline.systemClass();
    }

    Baseline baseline() {
        return baseline;
    }

    /** The previous baseline the run was given, if any. */
    Optional<SealedBaseline> previous() {
        return previous;
    }

    Policy policy() {
        return policy;
    }

    TraceGraph graph() {
        return graph;
    }

    /** The problem reports and the test results they declare. */
    ProblemReports problemReports() {
        return problemReports;
    }

    /** How far the vulnerability evidence can be trusted, under the {@code maxDataAge} of vulnerabilities-assessed. */
    VulnerabilityEvidence vulnerabilityEvidence() {
        if (vulnerabilityEvidence == null) {
            vulnerabilityEvidence = new VulnerabilityEvidence(
                    baseline.vulnerabilityData(),
                    policy.settings("vulnerabilities-assessed").text(VulnerabilityEvidence.MAX_DATA_AGE));
        }
        return vulnerabilityEvidence;
    }

    /** The approved verification records (inspection, analysis) and the items they verify (5.7.4). */
    VerificationRecords verificationRecords() {
        return verificationRecords;
    }

    Optional<ItemState> item(final String key) {
        return Optional.ofNullable(items.get(key));
    }

    /** Items of a type whose effective class the rule checks, in key order. */
    List<ItemState> items(final ItemType type, final RuleSettings settings) {
        return items.values().stream()
                .filter(item -> type.displayName().equals(item.type()) && settings.appliesTo(classOf(item)))
                .toList();
    }

    /** The highest class of any item in scope: what system-wide evidence (SOUP, coverage) is held to. */
    SafetyClass systemClass() {
        return systemClass;
    }

    /** The class of a SOUP entry: its SOUP item's class, else the system's. */
    SafetyClass classOf(final SoupEntry entry) {
        return item(entry.itemKey()).map(GateContext::classOf).orElse(systemClass);
    }

    /** An item's effective class; a hazard, which has a severity and no class, counts as C. */
    static SafetyClass classOf(final ItemState item) {
        return item.effectiveClass();
    }

    /** An item for a finding, its class named in the terms of the policy's classification profile. */
    String describe(final ItemState item) {
        String classOrSeverity =
                item.isHazard() ? item.classBasis() : policy.profile().name(classOf(item));
        return item.key() + " (" + item.type() + ", " + classOrSeverity + ", status '" + item.status() + "')";
    }
}
