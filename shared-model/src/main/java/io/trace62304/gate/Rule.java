package io.trace62304.gate;

import java.util.Optional;

/** One check of the release gate, serving one or more clauses of IEC 62304. */
interface Rule {
    String id();

    /** The clauses the rule serves, e.g. {@code 7.3.1}. */
    String clause();

    /** What the rule asks, in one sentence. */
    String title();

    /** A problem with the rule's parameters, if any; called when a policy is loaded. */
    default Optional<String> validate(final RuleSettings settings) {
        return Optional.empty();
    }

    void check(GateContext context, RuleSettings settings, Findings findings);
}
