package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code trace62304 pack} on the sample: two gate runs, then the pack of the second against the first. */
class PackCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void runTheGateTwice() throws IOException {
        Files.writeString(temp.resolve("TEST-pump.xml"), """
                <testsuite name="pump" tests="3">
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-11 PUMP-21 refuses high rates"/>
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-20 computes the rate"/>
                  <testcase classname="com.example.pump.log.EventLogFormatterTest" name="PUMP-30 escapes"/>
                </testsuite>
                """);
        gate("7", "first");
        Files.writeString(temp.resolve("commits.txt"), """
                0123456789abcdef0123456789abcdef01234567 PUMP-21: refuse rates above the hard limit <b>now</b>
                89abcdef0123456789abcdef0123456789abcdef Tidy the build
                """);
        gate(
                "8",
                "second",
                "--previous",
                temp.resolve("first/baseline.json").toString(),
                "--commits",
                temp.resolve("commits.txt").toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void shouldWriteThePackOfTheSampleWithTheChangesSinceThePreviousRelease() throws IOException {
        int exit = run(
                "pack",
                "--baseline",
                temp.resolve("second/baseline.json").toString(),
                "--previous",
                temp.resolve("first/baseline.json").toString(),
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--out",
                temp.resolve("pack").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).startsWith("evidence pack of sha256:").contains("index.html");
        Path pack = temp.resolve("pack");
        assertThat(Files.readString(pack.resolve("srs.html")))
                .contains("PUMP-21 Refuse any rate above the drug library&#39;s hard limit")
                .contains("The pump shall refuse to start an infusion whose rate exceeds the drug library&#39;s hard"
                        + " limit");
        assertThat(Files.readString(pack.resolve("release-notes.html")))
                .contains("Commits since the previous release (8.2.4): 2")
                .contains("<td class=\"digest\">0123456789abcdef0123456789abcdef01234567</td>"
                        + "<td>PUMP-21: refuse rates above the hard limit &lt;b&gt;now&lt;/b&gt;</td><td>PUMP-21</td>")
                .contains("<td>Tidy the build</td><td class=\"gap\">none</td>")
                .contains("<tr><td>build</td><td>id</td><td>7</td><td>8</td></tr>");
        assertThat(Files.readString(pack.resolve("soup-list.html"))).contains("The Apache Software Foundation");
        assertThat(pack)
                .isDirectoryContaining("glob:**/pack-manifest.json")
                .isDirectoryContaining("glob:**/sbom.cdx.json");
    }

    @Test
    void shouldWriteTheSameBytesInTwoJvmsWhateverTheirTimeZoneAndLocaleAndPrintNoLogging() throws Exception {
        String baseline = temp.resolve("second/baseline.json").toString();
        String utc = fork("-Duser.timezone=UTC", "-Duser.language=en", baseline, temp.resolve("utc"));
        String tokyo = fork("-Duser.timezone=Asia/Tokyo", "-Duser.language=ja", baseline, temp.resolve("tokyo"));

        assertThat(utc).isEmpty();
        assertThat(tokyo).isEmpty();
        List<String> names;
        try (Stream<Path> files = Files.list(temp.resolve("utc"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(16).contains("srs.pdf", "pack-manifest.json");
        for (String name : names) {
            assertThat(Files.readAllBytes(temp.resolve("tokyo").resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("utc").resolve(name)));
        }
    }

    /** Runs {@code pack} in its own JVM; returns what it printed on standard error. */
    private static String fork(final String zone, final String language, final String baseline, final Path out)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile("pack", ".err");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        zone,
                        language,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Trace62304.class.getName(),
                        "pack",
                        "--baseline",
                        baseline,
                        "--out",
                        out.toString())
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(err);
    }

    @Test
    void shouldVerifyThePackAgainstItsBaselineAndNameEveryChangedMissingOrExtraFile() throws IOException {
        String baseline = temp.resolve("second/baseline.json").toString();
        Path pack = temp.resolve("pack");
        assertThat(run("pack", "--baseline", baseline, "--out", pack.toString()))
                .isZero();

        assertThat(run("baseline", "verify", baseline, "--pack", pack.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("intact, evidence pack " + pack + " made from it, unchanged");

        Files.writeString(pack.resolve("srs.html"), "<p>edited</p>");
        Files.delete(pack.resolve("soup-list.pdf"));
        Files.writeString(pack.resolve("extra.html"), "x");
        String first = temp.resolve("first/baseline.json").toString();
        err.getBuffer().setLength(0);

        assertThat(run("baseline", "verify", first, "--pack", pack.toString())).isEqualTo(BaselineCommand.ALTERED);
        assertThat(err.toString())
                .contains("the pack was made from baseline sha256:")
                .contains("srs.html: changed since the pack was made")
                .contains("soup-list.pdf: listed in the manifest, but missing")
                .contains("extra.html: not listed in the manifest");
    }

    @Test
    void shouldWriteThePacksSbomInCycloneDx17OnRequestAndRefuseAnotherVersion() throws IOException {
        String baseline = temp.resolve("second/baseline.json").toString();
        Path pack = temp.resolve("pack");

        assertThat(run("pack", "--baseline", baseline, "--out", pack.toString(), "--sbom-version", "1.7"))
                .as(err.toString())
                .isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(pack.resolve("sbom.cdx.json").toFile())
                        .path("specVersion")
                        .asText())
                .isEqualTo("1.7");
        Path other = temp.resolve("pack-15");
        assertThat(run("pack", "--baseline", baseline, "--out", other.toString(), "--sbom-version", "1.5"))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString())
                .contains("--sbom-version: cannot write the SBOM as CycloneDX '1.5': write 1.6 or 1.7");
        assertThat(other).doesNotExist();
    }

    @Test
    void shouldRefuseABaselineThatDoesNotVerifyAndWriteNothing() throws IOException {
        Path baseline = temp.resolve("second/baseline.json");
        Files.writeString(baseline, Files.readString(baseline).replace("\"Approved\"", "\"Draft\""));

        int exit = run(
                "pack",
                "--baseline",
                baseline.toString(),
                "--out",
                temp.resolve("pack").toString());

        assertThat(exit).isEqualTo(PackCommand.REFUSED);
        assertThat(err.toString())
                .contains("does not match its digest")
                .contains("trace62304: no evidence pack is made from a baseline that does not verify");
        assertThat(temp.resolve("pack")).doesNotExist();
    }

    @Test
    void shouldRefuseAPolicyOtherThanTheOneTheReleaseWasDecidedUnder() {
        gate(
                "9",
                "final",
                "--policy",
                SAMPLE.resolve("policy-final-release.yaml").toString());
        String baseline = temp.resolve("final/baseline.json").toString();

        int exit = run(
                "pack", "--baseline", baseline, "--out", temp.resolve("pack").toString());

        assertThat(exit).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString())
                .contains("the baseline was decided under policy")
                .contains("give the release's policy with --policy");
        assertThat(run(
                        "pack",
                        "--baseline",
                        baseline,
                        "--policy",
                        SAMPLE.resolve("policy-final-release.yaml").toString(),
                        "--out",
                        temp.resolve("pack").toString()))
                .isZero();
    }

    @Test
    void shouldNameAMissingBaselineInOneLine() {
        int exit = run("pack", "--baseline", temp.resolve("none.json").toString(), "--out", temp.toString());

        assertThat(exit).isEqualTo(PackCommand.REFUSED);
        assertThat(err.toString()).contains("none.json").doesNotContain("Exception");
        assertThat(run("pack", "--out", temp.toString())).isEqualTo(Trace62304.BAD_INPUT);
    }

    private void gate(final String build, final String dir, final String... more) {
        String[] base = {
            "gate",
            "-q",
            "--items",
            SAMPLE.resolve("items.yaml").toString(),
            "--junit",
            temp.resolve("TEST-pump.xml").toString(),
            "--dependency-check",
            SAMPLE.resolve("reports/dependency-check-report.json").toString(),
            "--build-id",
            build,
            "--revision",
            "repo=abc",
            "--tree",
            "clean",
            "--out",
            temp.resolve(dir).toString()
        };
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        int exit = run(args);
        assertThat(exit).as(out + "\n" + err).isLessThan(2);
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
