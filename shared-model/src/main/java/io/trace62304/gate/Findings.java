package io.trace62304.gate;

import java.util.ArrayList;
import java.util.List;

/** Collects one rule's findings, stamped with its id, the clause it cites under the policy and the weight the policy gives it. */
final class Findings {
    private final String rule;
    private final String clause;
    private final Level severity;
    private final List<Finding> found = new ArrayList<>();

    Findings(final String rule, final String clause, final Level severity) {
        this.rule = rule;
        this.clause = clause;
        this.severity = severity;
    }

    /** Missing or failing evidence, weighed as the policy says. */
    void add(final String item, final String missing, final String message) {
        found.add(new Finding(rule, clause, severity, item, missing, message));
    }

    /** Evidence the rule reports but does not block on (whatever the policy's weight). */
    void warn(final String item, final String missing, final String message) {
        found.add(new Finding(rule, clause, Level.WARNING, item, missing, message));
    }

    /** Something the gate could not check: always an ERROR. */
    void cannotDecide(final String item, final String missing, final String message) {
        found.add(new Finding(rule, clause, Level.ERROR, item, missing, message));
    }

    List<Finding> all() {
        return List.copyOf(found);
    }
}
