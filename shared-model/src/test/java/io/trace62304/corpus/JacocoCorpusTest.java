package io.trace62304.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.coverage.CoverageReport;
import io.trace62304.coverage.JacocoParser;
import io.trace62304.report.ReportException;
import io.trace62304.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every JaCoCo report of the corpus (each with its DOCTYPE line) parses with verified counters. */
class JacocoCorpusTest {
    static Stream<Path> files() {
        return SharedCorpus.files("jacoco").stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldReadReportCountersLikeAnIndependentReading(final Path file) throws ReportException {
        CoverageReport report = new JacocoParser().parse(file);

        Element root = Dom.root(file);
        Map<CounterType, Counter> expected = new EnumMap<>(CounterType.class);
        for (Element counter : Dom.children(root, "counter")) {
            expected.put(
                    CounterType.valueOf(counter.getAttribute("type")),
                    new Counter(
                            Long.parseLong(counter.getAttribute("missed")),
                            Long.parseLong(counter.getAttribute("covered"))));
        }
        assertThat(report.totals().ordered()).isEqualTo(expected);
        assertThat(report.packages()).hasSize(Dom.descendants(root, "package").size());
        long classes =
                report.packages().stream().mapToLong(p -> p.classes().size()).sum();
        assertThat(classes).isEqualTo(Dom.descendants(root, "class").size());
    }
}
