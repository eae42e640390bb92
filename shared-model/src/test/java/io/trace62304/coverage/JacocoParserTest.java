package io.trace62304.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.XmlParserContract;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class JacocoParserTest extends XmlParserContract<CoverageReport> {
    @Override
    protected ReportParser<CoverageReport> parser() {
        return new JacocoParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("jacoco-groups.xml");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("junit-nested.xml");
    }

    @Override
    protected String rootElement() {
        return "report";
    }

    @Override
    protected void verify(final CoverageReport report, final SoftAssertions softly) {
        softly.assertThat(report.name()).isEqualTo("infusion-pump");
        softly.assertThat(report.totals().get(CounterType.LINE)).contains(new Counter(11, 29));
        softly.assertThat(report.totals().get(CounterType.BRANCH)).contains(new Counter(3, 9));
        softly.assertThat(report.totals().get(CounterType.COMPLEXITY)).isEmpty();
        softly.assertThat(report.packages())
                .extracting(PackageCoverage::group, PackageCoverage::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("firmware / dose", "com/example/pump"),
                        org.assertj.core.groups.Tuple.tuple("", "com/example/ui"));
    }

    @Test
    void shouldKeepClassAndSourceFileCountersButNotMethodOnes() throws ReportException {
        PackageCoverage pump = parser().parse(fixture()).packages().get(0);

        assertThat(pump.classes()).singleElement().satisfies(type -> {
            assertThat(type.name()).isEqualTo("com/example/pump/DoseCalculator");
            assertThat(type.sourceFile()).isEqualTo("DoseCalculator.java");
            assertThat(type.counters().get(CounterType.INSTRUCTION)).contains(new Counter(4, 96));
        });
        assertThat(pump.sourceFiles())
                .singleElement()
                .satisfies(source ->
                        assertThat(source.counters().get(CounterType.LINE)).contains(new Counter(1, 19)));
        assertThat(pump.counters().get(CounterType.LINE).orElseThrow().ratio()).isEqualTo(0.95);
    }

    @Test
    void shouldRefuseCountersThatAreNotNumbers() throws IOException {
        assertRefused(
                write("bad.xml", "<report name='r'><counter type='LINE' missed='x' covered='1'/></report>"),
                "attribute 'missed' is not a whole number");
        assertRefused(
                write("neg.xml", "<report name='r'><counter type='LINE' missed='-1' covered='1'/></report>"),
                "negative");
        assertRefused(
                write(
                        "twice.xml",
                        "<report name='r'><counter type='LINE' missed='1' covered='1'/>"
                                + "<counter type='LINE' missed='1' covered='1'/></report>"),
                "appears twice");
        assertRefused(
                write("kind.xml", "<report name='r'><counter type='STATEMENT' missed='1' covered='1'/></report>"),
                "unknown counter type 'STATEMENT'");
    }
}
