package io.trace62304.gate;

import java.util.Objects;

/**
 * One thing a rule found: the rule and the clause it serves, how much it weighs, the item (issue key,
 * component or file) it concerns, the evidence that is missing, and a sentence for people.
 */
public record Finding(String rule, String clause, Level level, String item, String missing, String message) {
    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(clause);
        Objects.requireNonNull(level);
        Objects.requireNonNull(item);
        Objects.requireNonNull(missing);
        Objects.requireNonNull(message);
    }
}
