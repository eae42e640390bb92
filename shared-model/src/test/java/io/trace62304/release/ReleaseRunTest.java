package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.trace62304.baseline.BaselineChange;
import io.trace62304.evidence.InputFile;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Verdict;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import io.trace62304.trace.TraceConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end, on files in real formats. */
class ReleaseRunTest {
    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void writeReports() throws IOException {
        Files.writeString(dir.resolve("TEST-bolus.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.example.BolusTest" tests="3" failures="0" errors="0" skipped="0">
                  <properties><property name="requirement" value="MED-4"/></properties>
                  <testcase classname="com.example.BolusTest" name="MED-3 refuses a bolus above the limit"/>
                  <testcase classname="com.example.BolusTest" name="shows events"/>
                  <testcase classname="com.example.BolusTest" name="closes MED-7"/>
                </testsuite>
                """);
        Files.writeString(dir.resolve("events.verifies"), "MED-5: com.example.BolusTest.shows*\n");
        Files.writeString(dir.resolve("jacoco.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <report name="pump"><package name="com/example"><counter type="LINE" missed="0" covered="10"/>
                <counter type="BRANCH" missed="0" covered="4"/></package>
                <counter type="LINE" missed="0" covered="10"/><counter type="BRANCH" missed="0" covered="4"/></report>
                """);
    }

    @Test
    void shouldDecideAndWriteEveryOutputTheSameWayTwice() throws Exception {
        ReleaseOutcome outcome = run(request(List.of("TEST-*.xml"), Optional.empty()));

        assertThat(outcome.gate().findings())
                .extracting(Finding::rule, Finding::item)
                .containsExactly(
                        tuple("component-source-present", "components of the build"), // no SBOM, no scan: Class C
                        tuple("soup-in-build", "MED-9"),
                        tuple("anomalies-evaluated", "MED-8"),
                        tuple("anomalies-deferred", "MED-8"),
                        tuple("requirements-verified", "MED-6"),
                        tuple("classification-consistent", "MED-6"));
        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.baseline().baseline().tests().total()).isEqualTo(3);
        assertThat(outcome.baseline().baseline().inputs())
                .extracting(InputFile::kind)
                .containsExactly("jacoco", "junit", "items", "trace-mapping");
        assertThat(progress)
                .contains("reading items from items file " + Fixtures.of("items.yaml"), "evaluating the release gate");
        List<Path> first = new ReleaseOutputs().write(outcome, dir.resolve("out1"));
        List<Path> second =
                new ReleaseOutputs().write(run(request(List.of("TEST-*.xml"), Optional.empty())), dir.resolve("out2"));
        assertThat(first)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "report.html",
                        "baseline.json",
                        "sbom.cdx.json",
                        "findings.json",
                        "gate-junit.xml",
                        "anomalies.json",
                        "anomalies.html");
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).hasSameBinaryContentAs(second.get(i));
        }
    }

    @Test
    void shouldFailClosedWhenAReportIsMissingOrBroken() throws Exception {
        Files.writeString(dir.resolve("TEST-broken.xml"), "<testsuite><testcase name=\"x\">");

        ReleaseOutcome outcome = run(request(List.of("TEST-*.xml", "missing/*.xml"), Optional.empty()));

        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(outcome.gate().findings())
                .filteredOn(f -> f.rule().equals("inputs-readable"))
                .extracting(Finding::item)
                .containsExactly("TEST-broken.xml", "missing/*.xml");
    }

    @Test
    void shouldFailClosedWhenTheItemSourceCannotAnswer() throws Exception {
        ReleaseRequest request = new ReleaseRequest(
                new YamlItemSource(dir.resolve("absent.yaml")),
                Optional.empty(),
                Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")),
                List.of(),
                Optional.empty(),
                BaselineBuilder.IDENTIFIED,
                dir,
                TraceConventions.DEFAULT);

        ReleaseOutcome outcome = run(request);

        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(outcome.gate().findings())
                .extracting(Finding::message)
                .anyMatch(m -> m.contains("absent.yaml: no such file"))
                .anyMatch(m -> m.contains("gave no items"));
    }

    @Test
    void shouldChainToAndCompareWithThePreviousBaseline() throws Exception {
        ReleaseOutcome first = run(request(List.of("TEST-*.xml"), Optional.empty()));
        Path previous = new ReleaseOutputs().write(first, dir.resolve("first")).get(1);
        Files.writeString(
                dir.resolve("TEST-bolus.xml"),
                Files.readString(dir.resolve("TEST-bolus.xml"))
                        .replace(
                                "<testcase classname=\"com.example.BolusTest\" name=\"shows events\"/>",
                                "<testcase classname=\"com.example.BolusTest\" name=\"shows events\"><failure/></testcase>"));

        ReleaseOutcome second = run(request(List.of("TEST-*.xml"), Optional.of(previous)));

        assertThat(second.baseline().baseline().previousDigest())
                .isEqualTo(first.baseline().digest());
        assertThat(second.changes())
                .extracting(BaselineChange::describe)
                .containsExactly(
                        "item MED-4 verification: VERIFIED -> FAILED",
                        "item MED-5 verification: VERIFIED -> FAILED",
                        "test com.example.BolusTest.shows events: PASSED -> FAILED");
    }

    @Test
    void shouldFailClosedWhenThePreviousBaselineWasAltered() throws Exception {
        Path previous = new ReleaseOutputs()
                .write(run(request(List.of("TEST-*.xml"), Optional.empty())), dir.resolve("first"))
                .get(1);
        Files.writeString(previous, Files.readString(previous).replace("\"PASSED\"", "\"FAILED\""));

        ReleaseOutcome outcome = run(request(List.of("TEST-*.xml"), Optional.of(previous)));

        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(outcome.baseline().baseline().previousDigest()).isEmpty();
        assertThat(outcome.baseline().baseline().unreadableInputs())
                .singleElement()
                .satisfies(input -> assertThat(input.problem()).contains("does not match its digest"));
    }

    @Test
    void shouldStopOnAnInvalidPolicy() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "rules: {nonsense: {}}\n");
        ReleaseRequest request = new ReleaseRequest(
                new YamlItemSource(Fixtures.of("items.yaml")),
                Optional.of(policy),
                Map.of(),
                List.of(),
                Optional.empty(),
                BaselineBuilder.IDENTIFIED,
                dir,
                TraceConventions.DEFAULT);

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> run(request))
                .withMessageContaining("unknown rule 'nonsense'");
    }

    @Test
    void shouldLinkAFailingTestInTheReportToTheJUnitReportItWasReadFrom() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/TEST-alarm.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.example.AlarmTest" tests="1" failures="1" errors="0" skipped="0">
                  <testcase classname="com.example.AlarmTest" name="MED-3 sounds on occlusion" file="AlarmTest.java"
                            line="17"><failure message="no alarm">AssertionError: no alarm</failure></testcase>
                </testsuite>
                """);
        ReleaseOutcome outcome = run(request(List.of("reports/TEST-*.xml"), Optional.empty()));

        new ReleaseOutputs().write(outcome, dir.resolve("out"));

        assertThat(Files.readString(dir.resolve("out/report.html")))
                .contains("<a href=\"../reports/TEST-alarm.xml\">com.example.AlarmTest.MED-3 sounds on occlusion</a>"
                        + " (AlarmTest.java:17)");
    }

    private ReleaseRequest request(final List<String> junit, final Optional<Path> previous) {
        return new ReleaseRequest(
                new YamlItemSource(Fixtures.of("items.yaml")),
                Optional.empty(),
                Map.of(ReportFormat.JUNIT, junit, ReportFormat.JACOCO, List.of("jacoco.xml")),
                List.of("*.verifies"),
                previous,
                BaselineBuilder.IDENTIFIED,
                dir,
                TraceConventions.DEFAULT);
    }

    private ReleaseOutcome run(final ReleaseRequest request) throws ReportException {
        return new ReleaseRun(progress::add).run(request);
    }
}
