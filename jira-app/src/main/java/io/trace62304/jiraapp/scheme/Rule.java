package io.trace62304.jiraapp.scheme;

import java.util.List;
import java.util.Set;

/**
 * A transition rule that applies to issues of the given safety classes (all classes when none are given; an
 * issue without a class is treated as Class C, the fail-safe reading of IEC 62304 4.3).
 */
public sealed interface Rule {
    Set<String> ALL_CLASSES = Set.of("A", "B", "C");

    List<String> classes();

    /** For people, e.g. "Class B, C: Root Cause, Risk Evaluation required". */
    String describe();

    /** "Class B, C: " or "All classes: ". */
    default String scope() {
        return classes().isEmpty() ? "All classes: " : "Class " + String.join(", ", classes()) + ": ";
    }

    /** Whether the rule applies to an issue of this class ("" when unset). */
    default boolean appliesTo(final String safetyClass) {
        String effective = safetyClass == null || safetyClass.isBlank() ? "C" : safetyClass;
        return classes().isEmpty() || classes().contains(effective);
    }

    /** The fields must have a value. */
    record RequireFields(List<String> fields, List<String> classes) implements Rule {
        public RequireFields {
            fields = List.copyOf(fields);
            classes = List.copyOf(classes);
        }

        @Override
        public String describe() {
            return scope() + String.join(", ", fields) + " required";
        }
    }

    /** The issue must have a link of this type in this direction (e.g. an inward "is verified by"). */
    record RequireLink(String type, Direction direction, List<String> classes) implements Rule {
        public RequireLink {
            classes = List.copyOf(classes);
        }

        @Override
        public String describe() {
            return scope() + "an " + direction.name().toLowerCase(java.util.Locale.ROOT) + " '" + type
                    + "' link required";
        }

        /** Which end of the link the issue is. */
        public enum Direction {
            INWARD,
            OUTWARD
        }
    }

    /** The user making this transition must not be the one who made the named one (independent verification). */
    record SeparateFrom(String transition, List<String> classes) implements Rule {
        public SeparateFrom {
            classes = List.copyOf(classes);
        }

        @Override
        public String describe() {
            return scope() + "not by the user who made '" + transition + "' (independent verification)";
        }
    }
}
