package io.trace62304.trace;

import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.TestCase;
import io.trace62304.junit.TestOutcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the failing, errored and flaky results of a build were read: the JUnit report file, and the test's source
 * file and line when the report names them ({@code file}, {@code line}), so a reader can open the evidence of an
 * anomaly. Only those results are kept (a few hundred, not the 200,000 of a large build); a passing result is counted
 * per item and listed in {@code baseline.json}. Not part of the sealed baseline: it is what the run read.
 */
public final class TestLocations {
    /** Where one result was read. */
    public record Location(String report, String sourceFile, long line) {}

    public static final TestLocations NONE = new TestLocations(Map.of());

    private final Map<String, Location> byTest;

    private TestLocations(final Map<String, Location> byTest) {
        this.byTest = byTest;
    }

    /** The locations of the anomalous results of these reports (the first, when an id appears twice). */
    public static TestLocations of(final List<JUnitReport> reports) {
        Map<String, Location> found = new HashMap<>();
        for (JUnitReport report : reports) {
            report.cases()
                    .filter(TestLocations::isAnomaly)
                    .forEach(test -> found.putIfAbsent(
                            test.id(),
                            new Location(
                                    report.file(),
                                    test.location().file(),
                                    test.location().line())));
        }
        return new TestLocations(Map.copyOf(found));
    }

    private static boolean isAnomaly(final TestCase test) {
        return test.flaky() || test.outcome() == TestOutcome.FAILED || test.outcome() == TestOutcome.ERRORED;
    }

    public Optional<Location> of(final String testId) {
        return Optional.ofNullable(byTest.get(testId));
    }

    /**
     * A relative URL from {@code directory} (where the page is written) to a report file, with {@code /}
     * separators and unsafe characters percent-encoded; empty when no relative path exists (another drive).
     */
    public static String relativeUrl(final Path directory, final String report) {
        try {
            Path from = directory.toAbsolutePath().normalize();
            Path to = Path.of(report).toAbsolutePath().normalize();
            if (!from.getRoot().equals(to.getRoot())) {
                return "";
            }
            String relative = from.relativize(to).toString().replace(java.io.File.separatorChar, '/');
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }
}
