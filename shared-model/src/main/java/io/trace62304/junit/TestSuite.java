package io.trace62304.junit;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <testsuite>}. Nested suites are listed separately, in document order of their start tags.
 *
 * @param path       the names of the enclosing suites and this one, outermost first, joined by {@code " / "}
 * @param properties this suite's properties, preceded by those of its enclosing suites
 * @param cases      the test cases directly inside this suite
 */
public record TestSuite(String path, List<Property> properties, List<TestCase> cases) {
    public TestSuite {
        Objects.requireNonNull(path);
        properties = List.copyOf(properties);
        cases = List.copyOf(cases);
    }
}
