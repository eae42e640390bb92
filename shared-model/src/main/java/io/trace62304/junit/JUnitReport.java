package io.trace62304.junit;

import io.trace62304.report.Report;
import io.trace62304.report.ReportFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A JUnit XML report: its suites, flattened in document order.
 *
 * @param file   the file it was read from
 * @param suites every suite, nested ones included
 */
public record JUnitReport(String file, List<TestSuite> suites) implements Report {
    public JUnitReport {
        Objects.requireNonNull(file);
        suites = List.copyOf(suites);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    /** @return every test case, in document order */
    public Stream<TestCase> cases() {
        return suites.stream().flatMap(suite -> suite.cases().stream());
    }

    /** @return counts computed from the test cases */
    public TestCounts counts() {
        TestCounts counts = TestCounts.none();
        for (TestSuite suite : suites) {
            for (TestCase test : suite.cases()) {
                counts = counts.plus(test);
            }
        }
        return counts;
    }
}
