package io.trace62304.item;

import java.util.Locale;
import java.util.Optional;

/** Software safety classification of IEC 62304 clause 4.3. Declared in ascending order of risk. */
public enum SafetyClass {
    /** No injury or damage to health is possible. */
    A,
    /** Non-serious injury is possible. */
    B,
    /** Death or serious injury is possible. */
    C;

    /** Parses "A", "b", "Class C" or "C - serious injury"; anything else is empty. */
    public static Optional<SafetyClass> parse(final String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.startsWith("CLASS ")) {
            value = value.substring("CLASS ".length()).strip();
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        boolean single = value.length() == 1 || !Character.isLetterOrDigit(value.charAt(1));
        return switch (single ? value.charAt(0) : '?') {
            case 'A' -> Optional.of(A);
            case 'B' -> Optional.of(B);
            case 'C' -> Optional.of(C);
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
