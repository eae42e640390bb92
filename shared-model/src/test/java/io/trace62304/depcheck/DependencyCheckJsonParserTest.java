package io.trace62304.depcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import io.trace62304.report.Severity;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.ParserContract;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyCheckJsonParserTest extends ParserContract<DependencyCheckReport> {
    @Override
    protected ReportParser<DependencyCheckReport> parser() {
        return new DependencyCheckJsonParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("dependency-check.json");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("cyclonedx-vex-1.6.json");
    }

    @Override
    protected void verify(final DependencyCheckReport report, final SoftAssertions softly) {
        softly.assertThat(report.schemaVersion()).isEqualTo("1.1");
        softly.assertThat(report.engineVersion()).isEqualTo("12.1.0");
        softly.assertThat(report.isComplete()).isFalse();
        softly.assertThat(report.analysisExceptions()).containsExactly("Failed to analyze /app/yarn.lock");
        softly.assertThat(report.vulnerabilityCount()).isEqualTo(2);
        softly.assertThat(report.suppressedCount()).isEqualTo(1);
    }

    @Test
    void shouldReadVulnerabilities() throws ReportException {
        Dependency jackson = parser().parse(fixture()).dependencies().get(0);

        assertThat(jackson.packageUrls())
                .containsExactly("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10");
        assertThat(jackson.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CVE-2020-36518", Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("sonatype-2021-4682", Severity.MEDIUM));
        assertThat(jackson.vulnerabilities().get(1).cvss()).containsExactly(new Cvss(2, 4.3, Severity.MEDIUM, ""));
        assertThat(jackson.suppressed().get(0).severity()).isEqualTo(Severity.MEDIUM);
    }

    /** Issue 17, point 17: analysisExceptions given as an object is not ignored. */
    @Test
    void shouldMarkTheScanIncompleteWhenAnalysisExceptionsIsAnObject() throws ReportException {
        DependencyCheckReport report = parser().parse(Fixtures.of("dependency-check-exceptions-object.json"));

        assertThat(report.isComplete()).isFalse();
        assertThat(report.analysisExceptions())
                .containsExactly("Failed to analyze /app/package-lock.json: npm audit unreachable");
        assertThat(report.dependencies()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            [{"exception":{"message":"m"}}]       | m
            [{"message":"m"}]                     | m
            ["m"]                                 | m
            [{"exception":"m"}]                   | m
            {"exception":{"message":"m"}}         | m
            {"message":"m"}                       | m
            {"a.jar":{"cause":"m"}}               | analysis exception without a message
            "m"                                   | m
            [{}]                                  | analysis exception without a message
            [null]                                | analysis exception without a message
            [{"exception":{"message":""}}]        | analysis exception without a message
            [{"exception":{"message":{"x":1}}}]   | analysis exception without a message
            7                                     | analysisExceptions is a number (7), not a list: the scan cannot be shown complete
            true                                  | analysisExceptions is a boolean (true), not a list: the scan cannot be shown complete
            """)
    void shouldMarkTheScanIncompleteForAnyNonEmptyFormOfAnalysisExceptions(final String value, final String message)
            throws IOException, ReportException {
        DependencyCheckReport report = parser().parse(scanWithExceptions(value));

        assertThat(report.isComplete()).isFalse();
        assertThat(report.analysisExceptions()).containsExactly(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "{}", "null", "\"\"", "\"  \""})
    void shouldTreatAnEmptyFormOfAnalysisExceptionsAsNone(final String value) throws IOException, ReportException {
        assertThat(parser().parse(scanWithExceptions(value)).isComplete()).isTrue();
    }

    private Path scanWithExceptions(final String value) throws IOException {
        return write(
                "exceptions.json",
                "{\"reportSchema\":\"1.1\",\"scanInfo\":{\"analysisExceptions\":" + value + "},\"dependencies\":[]}");
    }

    @Test
    void shouldNameThePointerOfBadValues() throws IOException {
        assertRefused(
                write(
                        "score.json",
                        "{\"reportSchema\":\"1.1\",\"scanInfo\":{},\"dependencies\":[{\"fileName\":\"a\","
                                + "\"vulnerabilities\":[{\"name\":\"CVE-1\",\"cvssv3\":{\"baseScore\":\"high\"}}]}]}"),
                "at JSON /dependencies/0/vulnerabilities/0/cvssv3/baseScore");
        assertRefused(
                write("deps.json", "{\"reportSchema\":\"1.1\",\"scanInfo\":{},\"dependencies\":{}}"),
                "at JSON /dependencies: an array is required");
        assertRefused(
                write("schema.json", "{\"reportSchema\":\"7.0\",\"scanInfo\":{},\"dependencies\":[]}"),
                "'7.0' is not supported");
    }

    @Test
    void shouldRefuseDuplicateKeysAndDeepNesting() throws IOException {
        assertRefused(write("dup.json", "{\"reportSchema\":\"1.1\",\"reportSchema\":\"1.0\"}"), "appears twice");
        assertThat(assertRefused(write("deep.json", "[".repeat(5000) + "]".repeat(5000)), "safety limit")
                        .line())
                .isPresent();
    }
}
