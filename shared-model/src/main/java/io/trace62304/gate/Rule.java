package io.trace62304.gate;

import java.util.Optional;

/** One check of the release gate, serving one or more clauses of IEC 62304. */
interface Rule {
    String id();

    /**
     * The clauses the rule serves, e.g. {@code 7.3.1}; a rule that is a choice of the quality system beyond the
     * standard starts with "QMS criterion" and names the clause it supports.
     */
    String clause();

    /** What the rule asks, in one sentence. */
    String title();

    /** A problem with the rule's parameters, if any; called when a policy is loaded. */
    default Optional<String> validate(final RuleSettings settings) {
        return Optional.empty();
    }

    /**
     * A parameter value that checks less than IEC 62304 A1:2015 asks (e.g. only traced failing tests), said in a
     * few words; called only for rules {@link TableA1} requires.
     */
    default Optional<String> weakening(final RuleSettings settings) {
        return Optional.empty();
    }

    void check(GateContext context, RuleSettings settings, Findings findings);
}
