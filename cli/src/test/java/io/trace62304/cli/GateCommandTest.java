package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gate and baseline commands with their exit codes, on the sample's committed items and policies. */
class GateCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTestResults() throws IOException {
        Files.writeString(temp.resolve("TEST-pump.xml"), """
                <testsuite name="pump" tests="5">
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-11 PUMP-21 refuses high rates"/>
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-20 computes the rate"/>
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-22 refuses zero"/>
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-50 rounds down"/>
                  <testcase classname="com.example.pump.log.EventLogFormatterTest" name="PUMP-30 escapes"/>
                </testsuite>
                """);
        Files.writeString(temp.resolve("jacoco.xml"), """
                <report name="pump"><package name="com/example/pump/dose"><counter type="LINE" missed="0" covered="20"/>
                <counter type="BRANCH" missed="0" covered="8"/></package></report>
                """);
    }

    @Test
    void shouldPassAndWriteEveryOutput() {
        int exit = run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--jacoco",
                temp.resolve("jacoco.xml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--build-id",
                "7",
                "--revision",
                "repo=abc",
                "--tree",
                "clean",
                "--tool",
                "maven=3.9",
                "--out",
                temp.resolve("out").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .startsWith("IEC 62304 release gate: PASS (0 error, 0 fail, 1 warning)")
                .contains("baseline sha256:")
                .contains("report.html");
        assertThat(err.toString()).isEmpty();
        assertThat(temp.resolve("out"))
                .isDirectoryContaining("glob:**/baseline.json")
                .isDirectoryContaining("glob:**/sbom.cdx.json")
                .isDirectoryContaining("glob:**/gate-junit.xml");
        assertThat(temp.resolve("out/findings.json"))
                .content()
                .as("the sample's requirement verified by inspection (5.7.4) is listed for sampling")
                .contains("PUMP-31 (Software Requirement, Class A, status 'Approved') is verified otherwise, by the"
                        + " approved verification record PUMP-60");
    }

    @Test
    void shouldWriteTheUnresolvedAnomalyListBesideTheReport() throws IOException {
        int exit = run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--jacoco",
                temp.resolve("jacoco.xml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--build-id",
                "7",
                "--revision",
                "abc",
                "--out",
                temp.resolve("out").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("anomalies 1 known, 0 without a risk evaluation (5.8.2): ");
        String json = Files.readString(temp.resolve("out").resolve("anomalies.json"));
        assertThat(json)
                .contains("\"format\" : \"trace62304-anomalies/1\"")
                .contains("\"kind\" : \"OPEN_PROBLEM_REPORT\"")
                .contains("\"id\" : \"PUMP-51\"")
                .contains("\"workaround\" : \"Enter rates with one decimal place;");
        assertThat(Files.readString(temp.resolve("out").resolve("anomalies.html")))
                .startsWith("<!DOCTYPE html>")
                .contains("Unresolved anomalies of unnamed job #7: 1 known, 0 without a risk evaluation")
                .contains("PUMP-51 Rate entry accepts four decimal places, display shows one")
                .doesNotContain("<script");
    }

    @Test
    void shouldExitOneWhenTheGateFailsAndReadOptionsFromAFile() throws IOException {
        Path args = Files.writeString(
                temp.resolve("gate.args"),
                String.join(
                        "\n",
                        "--items=" + SAMPLE.resolve("items.yaml"),
                        "--junit=" + junit(),
                        "--jacoco=" + temp.resolve("jacoco.xml"),
                        "--dependency-check=" + SAMPLE.resolve("reports/dependency-check-report.json"),
                        "--policy=" + SAMPLE.resolve("policy-final-release.yaml"),
                        "--build-id=7",
                        "--revision=abc",
                        "--out=" + temp.resolve("out")));

        int exit = run("gate", "@" + args);

        assertThat(exit).isEqualTo(GateCommand.FAILED);
        assertThat(out.toString())
                .contains("FAIL [anomalies-deferred, QMS criterion (5.8.2 asks only that residual anomalies be"
                        + " documented)] PUMP-51");
        assertThat(err.toString()).contains("trace62304: evaluating the release gate");
    }

    @Test
    void shouldSayInEveryOutputWhenThePolicyIsBelowTheTableA1Floor() throws IOException {
        Path policy = Files.writeString(
                temp.resolve("weak.yaml"), "rules:\n  closed-problem-reports-complete: {classes: [C]}\n");

        int exit = run(
                "gate",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--jacoco",
                temp.resolve("jacoco.xml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--policy",
                policy.toString(),
                "--build-id",
                "7",
                "--revision",
                "abc",
                "--out",
                temp.resolve("out").toString());

        String line = "policy below the IEC 62304 A1:2015 minimum for Class A, B: closed-problem-reports-complete"
                + " not applied (classes C)";
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("  " + line + "\n");
        assertThat(err.toString()).contains("trace62304: " + line);
        Path dir = temp.resolve("out");
        assertThat(Files.readString(dir.resolve("baseline.json"))).contains("\"belowMinimum\":[\"" + line + "\"]");
        assertThat(Files.readString(dir.resolve("findings.json"))).contains("\"" + line + "\"");
        assertThat(Files.readString(dir.resolve("gate-junit.xml"))).contains(line);
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("<p class=\"below-minimum\">" + line + "</p>");
    }

    @Test
    void shouldExitThreeWhenAnInputCannotBeRead() {
        int exit = run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("missing/*.xml").toString(),
                "--out",
                temp.resolve("out").toString());

        assertThat(exit).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(out.toString()).contains("release gate: ERROR").contains("no junit report matches");
    }

    /** Issue 17, point 14: without an SBOM or a scan the sample's SOUP rules have nothing to check: it fails. */
    @Test
    void shouldFailTheSampleWithoutAnSbomOrADependencyScan() {
        int exit = run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--jacoco",
                temp.resolve("jacoco.xml").toString(),
                "--build-id",
                "7",
                "--revision",
                "repo=abc",
                "--out",
                temp.resolve("out").toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(GateCommand.FAILED);
        assertThat(out.toString())
                .contains("FAIL [component-source-present, 7.1.2, 8.1.2; QMS criterion at Class A] no SBOM and no"
                        + " dependency scan was given");
    }

    @Test
    void shouldExitTwoOnUsageErrorsAndInvalidPolicies() throws IOException {
        assertThat(run("gate", "--out", temp.toString())).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString()).contains("give either --items FILE, or --jira URL with --jql QUERY");
        Path policy = Files.writeString(temp.resolve("policy.yaml"), "rules: {coverage: {thresholds: 1}}\n");

        assertThat(run(
                        "gate",
                        "--items",
                        SAMPLE.resolve("items.yaml").toString(),
                        "--policy",
                        policy.toString(),
                        "--out",
                        temp.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString())
                .contains("policy.yaml")
                .contains("/rules/coverage/thresholds")
                .doesNotContain("\tat ");
    }

    @Test
    void shouldVerifyAndDiffBaselines() throws IOException {
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--out",
                temp.resolve("a").toString());
        Path first = temp.resolve("a/baseline.json");
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                junit(),
                "--previous",
                first.toString(),
                "--build-id",
                "8",
                "--out",
                temp.resolve("b").toString());
        Path second = temp.resolve("b/baseline.json");

        assertThat(run("baseline", "verify", second.toString(), "--previous", first.toString()))
                .isZero();
        assertThat(out.toString()).contains("intact");
        assertThat(run("baseline", "diff", first.toString(), second.toString())).isEqualTo(BaselineCommand.ALTERED);
        assertThat(out.toString()).contains("build id: added 8").contains("1 change(s)");
        Files.writeString(second, Files.readString(second).replace("\"8\"", "\"9\""));
        assertThat(run("baseline", "verify", second.toString())).isEqualTo(BaselineCommand.ALTERED);
        assertThat(err.toString()).contains("does not match its digest");
        assertThat(run("baseline", "diff", first.toString(), first.toString())).isZero();
    }

    private String junit() {
        return temp.resolve("TEST-*.xml").toString();
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
