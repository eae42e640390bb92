package io.trace62304.item;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Software safety classification of IEC 62304:2006+A1:2015 clause 4.3. Declared in ascending order of risk. The
 * amended wording: a software system is Class A when it cannot contribute to a hazardous situation, or can only
 * contribute to one that does not result in unacceptable risk after risk control measures external to it; B when
 * the unacceptable risk can lead to non-serious injury; C when it can lead to death or serious injury (4.3a). The
 * probability of a software failure is assumed to be 1 (4.3b).
 */
public enum SafetyClass {
    /** Cannot contribute to a hazardous situation, or no unacceptable risk after external risk control. */
    A,
    /** Can contribute to a hazardous situation that can result in non-serious injury. */
    B,
    /** Can contribute to a hazardous situation that can result in death or serious injury. */
    C;

    private static final Set<String> CONNECTIVES = Set.of("CLASS", "OR", "AND", "TO");

    /**
     * Exactly one class: "A", "b", "Class C", " c ", "C - serious injury". Several classes ("B/C") or anything
     * else is empty; where a value may name several, {@link #named} reads them all.
     */
    public static Optional<SafetyClass> parse(final String text) {
        Set<SafetyClass> named = named(text);
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * The highest class a value names, so an ambiguous value never reads as the lower class (4.3):
     * "B/C", "B or C", "Class B, Class C", a Jira multi-select "B, C" or a cascading select "B - C" read as C.
     */
    public static Optional<SafetyClass> highest(final String text) {
        return named(text).stream().reduce(SafetyClass::max);
    }

    /**
     * Every class a value names: it starts with one or more class letters, joined by separators or by "class",
     * "or", "and", "to", and may go on with a description after them ("C - death or serious injury"). A value
     * that does not start that way ("Critical", "AB", "Level C", "D") names none.
     */
    public static Set<SafetyClass> named(final String text) {
        Set<SafetyClass> named = EnumSet.noneOf(SafetyClass.class);
        for (String token : text.strip().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (token.isEmpty() || CONNECTIVES.contains(token)) {
                continue;
            }
            Optional<SafetyClass> letter = letter(token);
            if (letter.isEmpty()) {
                break;
            }
            named.add(letter.get());
        }
        return named;
    }

    private static Optional<SafetyClass> letter(final String token) {
        return switch (token) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            default -> Optional.empty();
        };
    }

    /** The higher of the two classes. */
    public SafetyClass max(final SafetyClass other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether this class is the given one or above it. */
    public boolean isAtLeast(final SafetyClass other) {
        return compareTo(other) >= 0;
    }
}
