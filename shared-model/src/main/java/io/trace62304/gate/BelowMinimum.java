package io.trace62304.gate;

import io.trace62304.item.SafetyClass;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rule that a policy sets below the IEC 62304 A1:2015 Table A.1 floor: the classes for which the standard
 * requires what it checks and this policy does not, and how the rule was weakened. The gate still decides; every
 * output shows {@link #line()}.
 */
public record BelowMinimum(String rule, Set<SafetyClass> classes, String how) {
    public BelowMinimum {
        Objects.requireNonNull(rule);
        classes = Set.copyOf(EnumSet.copyOf(classes));
        Objects.requireNonNull(how);
    }

    /** E.g. "policy below the IEC 62304 A1:2015 minimum for Class A: requirements-verified disabled". */
    public String line() {
        return "policy below the " + TableA1.EDITION + " minimum for Class " + TableA1.names(classes) + ": " + rule
                + " " + how;
    }
}
