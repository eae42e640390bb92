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

    /** The clause as people read it: "IEC 62304 7.3.1", or "QMS criterion (…)" for a choice beyond the standard. */
    public String citation() {
        return cite(clause);
    }

    static String cite(final String clause) {
        return clause.startsWith("QMS criterion") ? clause : "IEC 62304 " + clause;
    }
}
