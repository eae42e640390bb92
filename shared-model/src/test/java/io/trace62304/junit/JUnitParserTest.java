package io.trace62304.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.XmlParserContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class JUnitParserTest extends XmlParserContract<JUnitReport> {
    @Override
    protected ReportParser<JUnitReport> parser() {
        return new JUnitParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("junit-surefire-reruns.xml");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("jacoco-groups.xml");
    }

    @Override
    protected String rootElement() {
        return "testsuite";
    }

    @Override
    protected void verify(final JUnitReport report, final SoftAssertions softly) {
        // the suite claims tests=9 failures=4 errors=2: counts come from the cases, not those attributes
        softly.assertThat(report.counts()).isEqualTo(new TestCounts(9, 4, 1, 2, 2, 2));
        softly.assertThat(report.suites()).singleElement().satisfies(suite -> {
            assertThat(suite.path()).isEqualTo("com.example.pump.DoseCalculatorTest");
            assertThat(suite.properties()).contains(new Property("verifies", "PUMP-12"));
        });
    }

    @Test
    void shouldTellFlakyPassesFromRerunFailures() throws ReportException {
        Map<String, TestCase> cases = byName(parser().parse(fixture()));

        assertThat(cases.get("shouldRejectNegativeVolume")).satisfies(test -> {
            assertThat(test.outcome()).isEqualTo(TestOutcome.PASSED);
            assertThat(test.flaky()).isTrue();
            assertThat(test.reruns()).isEqualTo(1);
            assertThat(test.properties()).containsExactly(new Property("verifies", "PUMP-14"));
        });
        assertThat(cases.get("shouldRecoverAfterPowerLoss")).satisfies(test -> {
            assertThat(test.outcome()).isEqualTo(TestOutcome.PASSED);
            assertThat(test.flaky()).isTrue();
            assertThat(test.reruns()).isEqualTo(2);
        });
        assertThat(cases.get("shouldAlarmOnOcclusion")).satisfies(test -> {
            assertThat(test.outcome()).isEqualTo(TestOutcome.FAILED);
            assertThat(test.flaky()).isFalse();
            assertThat(test.reruns()).isEqualTo(2);
            assertThat(test.failure().message()).isEqualTo("occlusion alarm not raised");
            assertThat(test.failure().type()).isEqualTo("java.lang.AssertionError");
            assertThat(test.failure().details()).startsWith("java.lang.AssertionError: occlusion alarm not raised");
        });
        assertThat(cases.get("shouldConnectToDrugLibrary").outcome()).isEqualTo(TestOutcome.ERRORED);
    }

    @Test
    void shouldRankErrorAboveFailureAndReadStatusAttribute() throws ReportException {
        Map<String, TestCase> cases = byName(parser().parse(fixture()));

        assertThat(cases.get("shouldFailAndError").outcome()).isEqualTo(TestOutcome.ERRORED);
        assertThat(cases.get("shouldFailAndError").failure().message()).isEqualTo("second");
        assertThat(cases.get("statusOnly").outcome()).isEqualTo(TestOutcome.SKIPPED);
        assertThat(cases.get("shouldLogEveryBolus").failure().message()).isEqualTo("log sink not available on CI");
    }

    @Test
    void shouldKeepLocationTimeAndOutput() throws ReportException {
        TestCase test = byName(parser().parse(fixture())).get("[1] rate=0.1, volume=5");

        assertThat(test.location())
                .isEqualTo(new TestCase.SourceLocation("src/test/java/com/example/pump/DoseCalculatorTest.java", 77));
        assertThat(test.seconds()).isEqualTo(1000.5);
        assertThat(test.output()).isEqualTo(new TestCase.Output("computed 50 minutes", "warning: rounding"));
        assertThat(test.id()).isEqualTo("com.example.pump.DoseCalculatorTest.[1] rate=0.1, volume=5");
    }

    @Test
    void shouldReadNestedSuitesInDocumentOrderWithInheritedProperties() throws ReportException {
        JUnitReport report = parser().parse(Fixtures.of("junit-nested.xml"));

        assertThat(report.suites()).extracting(TestSuite::path).containsExactly("Pump", "Pump / Rate", "Alarm", "");
        TestSuite rate = report.suites().get(1);
        assertThat(rate.properties()).extracting(Property::name).containsExactly("requirement", "notes");
        assertThat(rate.properties().get(1).value()).isEqualTo("line one\n          line two");
        TestCase caps = rate.cases().get(0);
        assertThat(caps.id()).isEqualTo("Pump / Rate.capsRate");
        assertThat(caps.location().line()).isEqualTo(12);
        assertThat(report.counts()).isEqualTo(new TestCounts(4, 3, 1, 0, 0, 0));
        assertThat(report.suites().get(3).cases()).extracting(TestCase::id).containsExactly("Loose.loose");
    }

    /** Issue 17, point 21: an error or failure directly inside a suite is one test named after the suite. */
    @Test
    void shouldCountASuiteLevelErrorOrFailureAsATestNamedAfterTheSuite() throws ReportException {
        JUnitReport report = parser().parse(Fixtures.of("junit-suite-level-failures.xml"));

        assertThat(report.counts()).isEqualTo(new TestCounts(4, 1, 1, 2, 0, 0));
        TestSuite start = report.suites().get(0);
        assertThat(start.cases()).singleElement().satisfies(test -> {
            assertThat(test.id()).isEqualTo("com.example.pump.DrugLibraryIT");
            assertThat(test.outcome()).isEqualTo(TestOutcome.ERRORED);
            assertThat(test.failure().message()).isEqualTo("failed to start: connection refused");
            assertThat(test.failure().type()).isEqualTo("java.net.ConnectException");
            assertThat(test.failure().details()).contains("DrugLibraryIT.java:31");
        });
        assertThat(report.suites().get(1).cases())
                .extracting(TestCase::id, TestCase::outcome)
                .containsExactly(
                        Tuple.tuple("com.example.pump.AlarmTest.shouldSoundAlarm", TestOutcome.PASSED),
                        Tuple.tuple("com.example.pump.AlarmTest", TestOutcome.FAILED));
        TestSuite nested = report.suites().get(3);
        assertThat(nested.path()).isEqualTo("outer / PUMP-12 dose limits");
        assertThat(nested.properties()).contains(new Property("verifies", "PUMP-14"));
        assertThat(nested.cases()).singleElement().satisfies(test -> {
            assertThat(test.id()).isEqualTo("outer.PUMP-12 dose limits");
            assertThat(test.outcome()).as("error outranks failure").isEqualTo(TestOutcome.ERRORED);
            assertThat(test.failure().message()).isEqualTo("fixture crashed");
        });
    }

    @Test
    void shouldBoundCapturedOutput() throws IOException, ReportException {
        String big = "x".repeat(10_000);
        Path file = write(
                "big.xml",
                "<testsuite name='s'><testcase name='t'><system-out>" + big + "</system-out><failure message='"
                        + "m".repeat(5000) + "'>" + big + "</failure></testcase></testsuite>");
        TestCase test = new JUnitParser(new ReportLimits(1 << 20, 50, 1 << 20, 100))
                .parse(file)
                .cases()
                .findFirst()
                .orElseThrow();

        assertThat(test.output().systemOut()).startsWith("x".repeat(100)).endsWith("… [9900 more characters not kept]");
        assertThat(test.failure().details()).hasSize(100 + "… [9900 more characters not kept]".length());
        assertThat(test.failure().message()).endsWith("… [4900 more characters not kept]");
    }

    @Test
    void shouldNameLineOfAMalformedNumber() throws IOException {
        Path file = write("bad-line.xml", "<testsuite name='s'>\n<testcase name='t' line='twelve'/></testsuite>");

        assertThat(assertRefused(file, "attribute 'line' is not a whole number: 'twelve'")
                        .line())
                .contains(2);
    }

    @Test
    void shouldRequireATestName() throws IOException {
        assertRefused(
                write("nameless.xml", "<testsuites><testsuite><testcase classname='c'/></testsuite></testsuites>"),
                "a <testcase> has no 'name' attribute");
    }

    /** Found by ParserFuzzTest: Woodstox reports faults in text it parses lazily as unchecked exceptions. */
    @Test
    void shouldReportMalformedTextInsideACapturedElement() throws IOException {
        Path file = write(
                "lazy.xml",
                "<testsuite name='s'>\n<testcase name='t'><failure>a < b</failure></testcase>" + "</testsuite>");

        assertThat(assertRefused(file, "malformed XML").line()).contains(2);
    }

    @Test
    void shouldRefuseTrailingGarbage() throws IOException {
        assertRefused(write("two-roots.xml", "<testsuite name='a'/><testsuite name='b'/>"), "malformed XML");
    }

    private static Map<String, TestCase> byName(final JUnitReport report) {
        List<TestCase> cases = report.cases().toList();
        return cases.stream().collect(Collectors.toMap(TestCase::name, Function.identity()));
    }
}
