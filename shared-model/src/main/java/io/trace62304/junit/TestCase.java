package io.trace62304.junit;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <testcase>} with its outcome. Texts (message, details, output) are kept only up to the
 * parser's capture limit.
 *
 * @param suite       the path of the enclosing suites, outermost first, joined by {@code " / "}
 * @param className   the {@code classname} attribute, or empty
 * @param name        the {@code name} attribute
 * @param outcome     how it ended
 * @param flaky       it failed at least once and then passed on a rerun (Surefire {@code flakyFailure})
 * @param reruns      how many extra runs the report records (flaky and rerun entries)
 * @param failure     message, type and details of the failure, error or skip, if any
 * @param location    source file and line where the producer recorded them
 * @param seconds     the {@code time} attribute, 0 where absent
 * @param properties  case-level properties
 * @param output      captured {@code system-out} and {@code system-err}
 */
public record TestCase(
        String suite,
        String className,
        String name,
        TestOutcome outcome,
        boolean flaky,
        int reruns,
        Failure failure,
        SourceLocation location,
        double seconds,
        List<Property> properties,
        Output output) {
    public TestCase {
        Objects.requireNonNull(suite);
        Objects.requireNonNull(className);
        Objects.requireNonNull(name);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(failure);
        Objects.requireNonNull(location);
        properties = List.copyOf(properties);
        Objects.requireNonNull(output);
    }

    /** @return the identifier used to trace this test: {@code classname.name}, or {@code suite.name} without a class */
    public String id() {
        String owner = className.isEmpty() ? suite : className;
        return owner.isEmpty() ? name : owner + "." + name;
    }

    /**
     * Message, type and details of a failure, error or skip.
     *
     * @param message the {@code message} attribute, or empty
     * @param type    the {@code type} attribute, or empty
     * @param details the element's text (e.g. a stack trace), or empty
     */
    public record Failure(String message, String type, String details) {
        public static final Failure NONE = new Failure("", "", "");
    }

    /**
     * Where the test is defined, as some producers (pytest, PHPUnit, Gradle) record it.
     *
     * @param file the {@code file} attribute, or empty
     * @param line the {@code line} attribute, or 0
     */
    public record SourceLocation(String file, long line) {
        public static final SourceLocation UNKNOWN = new SourceLocation("", 0);
    }

    /**
     * Captured output of the test.
     *
     * @param systemOut {@code system-out}, bounded
     * @param systemErr {@code system-err}, bounded
     */
    public record Output(String systemOut, String systemErr) {
        public static final Output NONE = new Output("", "");
    }
}
