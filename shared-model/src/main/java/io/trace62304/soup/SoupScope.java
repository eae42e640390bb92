package io.trace62304.soup;

import java.util.Locale;

/**
 * Where a SOUP item lives (its {@code SOUP Scope} field, 8.1.2): in the build (a component the scans list, the
 * default), or the runtime or platform the software needs (a JRE, an operating system, a database), which no
 * build scan lists and which the SOUP item declares.
 */
public enum SoupScope {
    BUILD,
    RUNTIME,
    PLATFORM;

    /** Reads the field; an empty or unknown value is {@code build}. */
    public static SoupScope of(final String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "runtime" -> RUNTIME;
            case "platform", "operating system", "operating-system", "os" -> PLATFORM;
            default -> BUILD;
        };
    }

    /** Whether a SOUP item of this scope declares SOUP that is not a build component. */
    public boolean isDeclared() {
        return this != BUILD;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
