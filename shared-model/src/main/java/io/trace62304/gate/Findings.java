package io.trace62304.gate;

import java.util.ArrayList;
import java.util.List;

/** Collects one rule's findings, stamped with its id, clause and the weight the policy gives it. */
final class Findings {
    private final Rule rule;
    private final Level severity;
    private final List<Finding> found = new ArrayList<>();

    Findings(final Rule rule, final Level severity) {
        this.rule = rule;
        this.severity = severity;
    }

    /** Missing or failing evidence, weighed as the policy says. */
    void add(final String item, final String missing, final String message) {
        found.add(new Finding(rule.id(), rule.clause(), severity, item, missing, message));
    }

    /** Something the gate could not check: always an ERROR. */
    void cannotDecide(final String item, final String missing, final String message) {
        found.add(new Finding(rule.id(), rule.clause(), Level.ERROR, item, missing, message));
    }

    List<Finding> all() {
        return List.copyOf(found);
    }
}
