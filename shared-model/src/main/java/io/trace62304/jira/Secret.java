package io.trace62304.jira;

import java.util.Objects;

/** A token or password. Its text never appears in {@code toString}, logs, exceptions or reports. */
public final class Secret {
    private final String value;

    private Secret(final String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(final String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        return new Secret(value.strip());
    }

    String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
