package io.trace62304.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.junit.JUnitParser;
import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.TestCounts;
import io.trace62304.report.ReportException;
import io.trace62304.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every JUnit XML file of the real-world corpus parses, with counts derived independently through DOM. */
class JUnitCorpusTest {
    private static final Set<String> SKIP_STATUS = Set.of("notrun", "disabled", "skipped", "ignored");

    static Stream<Path> files() {
        return SharedCorpus.files("junit").stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldCountLikeAnIndependentReading(final Path file) throws ReportException {
        JUnitReport report = new JUnitParser().parse(file);

        assertThat(report.counts()).isEqualTo(expectedCounts(file));
        assertThat(report.cases()).allSatisfy(test -> assertThat(test.name()).isNotBlank());
    }

    private static TestCounts expectedCounts(final Path file) {
        List<Element> cases = Dom.descendants(Dom.root(file), "testcase");
        Element root = Dom.root(file);
        if ("testcase".equals(root.getLocalName())) {
            cases = List.of(root);
        }
        long errored = cases.stream().filter(c -> Dom.hasChild(c, "error")).count();
        long failed = cases.stream()
                .filter(c -> !Dom.hasChild(c, "error") && Dom.hasChild(c, "failure"))
                .count();
        long skipped = cases.stream()
                .filter(c -> !Dom.hasChild(c, "error") && !Dom.hasChild(c, "failure"))
                .filter(c -> Dom.hasChild(c, "skipped")
                        || SKIP_STATUS.contains(c.getAttribute("status").toLowerCase()))
                .count();
        long flaky = cases.stream()
                .filter(c -> !Dom.hasChild(c, "error") && !Dom.hasChild(c, "failure") && !Dom.hasChild(c, "skipped"))
                .filter(c -> Dom.hasChild(c, "flakyFailure") || Dom.hasChild(c, "flakyError"))
                .count();
        long tests = cases.size();
        return new TestCounts(tests, tests - errored - failed - skipped, failed, errored, skipped, flaky);
    }
}
