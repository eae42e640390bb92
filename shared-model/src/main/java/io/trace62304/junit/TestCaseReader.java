package io.trace62304.junit;

import io.trace62304.report.ReportException;
import io.trace62304.xml.XmlReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads one {@code <testcase>} element, including Surefire's rerun and flaky entries. */
final class TestCaseReader {
    private final XmlReader xml;
    private final Map<String, String> names = new HashMap<>();
    private final int maxCaptured;

    TestCaseReader(final XmlReader xml, final int maxCaptured) {
        this.xml = xml;
        this.maxCaptured = maxCaptured;
    }

    TestCase read(final String suite) throws ReportException {
        String name = xml.attributeOrNull("name");
        if (name == null) {
            throw xml.error("a <testcase> has no 'name' attribute");
        }
        String className = xml.attributeOrNull("classname");
        className = shared(className != null ? className : Objects.toString(xml.attributeOrNull("class"), ""));
        TestCase.SourceLocation location = location();
        double seconds = xml.doubleAttribute("time").orElse(0.0);
        String status = Objects.toString(xml.attributeOrNull("status"), "");
        CaseState state = new CaseState();
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            readChild(state);
        }
        TestOutcome outcome = state.outcome(status);
        return new TestCase(
                suite,
                className,
                name,
                outcome,
                state.flaky && outcome == TestOutcome.PASSED,
                state.reruns,
                state.failure,
                location,
                seconds,
                state.properties,
                new TestCase.Output(state.systemOut, state.systemErr));
    }

    /**
     * @return what a suite says about itself: an {@code <error>} or {@code <failure>} directly inside a
     *     {@code <testsuite>} (e.g. a suite that failed to start, or whose class setup failed)
     */
    SuiteLevel suiteLevel() {
        return new SuiteLevel();
    }

    /**
     * The outcome a suite records outside its test cases. Such a suite counts as one test named after it, so
     * that the gate sees it: it is never dropped.
     */
    final class SuiteLevel {
        private final CaseState state = new CaseState();

        /** Reads the {@code <error>} or {@code <failure>} element at the reader's position. */
        void read() throws ReportException {
            readChild(state);
        }

        /**
         * @param enclosing the path of the suites around this one
         * @param suiteName this suite's name
         * @return the errored or failed test that stands for the suite, if it recorded an error or a failure
         */
        Optional<TestCase> test(final String enclosing, final String suiteName) {
            if (state.outcome == null) {
                return Optional.empty();
            }
            String name = suiteName.isEmpty() ? "(unnamed suite)" : suiteName;
            return Optional.of(new TestCase(
                    enclosing,
                    "",
                    name,
                    state.outcome,
                    false,
                    0,
                    state.failure,
                    TestCase.SourceLocation.UNKNOWN,
                    0.0,
                    List.of(),
                    TestCase.Output.NONE));
        }
    }

    private void readChild(final CaseState state) throws ReportException {
        switch (xml.localName()) {
            case "failure" -> state.failed(TestOutcome.FAILED, failure());
            case "error" -> state.failed(TestOutcome.ERRORED, failure());
            case "skipped" -> state.failed(TestOutcome.SKIPPED, failure());
            case "flakyFailure", "flakyError" -> {
                state.flaky = true;
                state.reruns++;
                xml.skip();
            }
            case "rerunFailure", "rerunError" -> {
                state.reruns++;
                xml.skip();
            }
            case "system-out" -> state.systemOut = xml.text();
            case "system-err" -> state.systemErr = xml.text();
            case "properties" -> state.properties = PropertiesReader.read(xml);
            default -> xml.skip();
        }
    }

    private TestCase.Failure failure() throws ReportException {
        String message = capped(xml.attribute("message").orElse(""));
        String type = shared(xml.attribute("type").orElse(""));
        return new TestCase.Failure(message, type, xml.text().strip());
    }

    private TestCase.SourceLocation location() throws ReportException {
        String file = xml.attributeOrNull("file");
        String line = xml.attributeOrNull("line");
        if (file == null && line == null) {
            return TestCase.SourceLocation.UNKNOWN;
        }
        return new TestCase.SourceLocation(
                shared(Objects.toString(file, "")), xml.longAttribute("line").orElse(0L));
    }

    private String capped(final String text) {
        int max = maxCaptured;
        return text.length() <= max
                ? text
                : text.substring(0, max) + "… [" + (text.length() - max) + " more characters not kept]";
    }

    /** Class names and types repeat on every case of a file: keep one copy of each. */
    private String shared(final String value) {
        return names.computeIfAbsent(value, v -> v);
    }

    /** What the children of one test case said. */
    private static final class CaseState {
        private TestOutcome outcome;
        private TestCase.Failure failure = TestCase.Failure.NONE;
        private boolean flaky;
        private int reruns;
        private String systemOut = "";
        private String systemErr = "";
        private List<Property> properties = List.of();

        /** Error outranks failure, failure outranks skipped; the first entry of the winning kind is kept. */
        void failed(final TestOutcome kind, final TestCase.Failure details) {
            if (outcome == null || rank(kind) > rank(outcome)) {
                outcome = kind;
                failure = details;
            }
        }

        TestOutcome outcome(final String status) {
            return outcome != null ? outcome : fromStatus(status);
        }

        private static int rank(final TestOutcome outcome) {
            return switch (outcome) {
                case ERRORED -> 3;
                case FAILED -> 2;
                case SKIPPED -> 1;
                case PASSED, FLAKY -> 0;
            };
        }

        /** Some producers (CTest, NUnit converters) state the outcome only in a {@code status} attribute. */
        private static TestOutcome fromStatus(final String status) {
            return switch (status.toLowerCase(Locale.ROOT)) {
                case "failure", "failed", "fail" -> TestOutcome.FAILED;
                case "error", "errored" -> TestOutcome.ERRORED;
                case "skipped", "notrun", "disabled", "ignored", "inconclusive" -> TestOutcome.SKIPPED;
                default -> TestOutcome.PASSED;
            };
        }
    }
}
