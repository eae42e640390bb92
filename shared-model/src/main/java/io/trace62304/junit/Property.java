package io.trace62304.junit;

import java.util.Objects;

/**
 * A {@code <property>} of a suite or a test case. Properties carry trace keys such as {@code verifies}.
 *
 * @param name  the property name
 * @param value its value attribute, or its text where the producer wrote it as element content
 */
public record Property(String name, String value) {
    public Property {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }
}
