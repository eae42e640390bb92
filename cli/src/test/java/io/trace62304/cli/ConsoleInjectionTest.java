package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17, point 9: text from inputs (test names, failure messages, file names, item summaries) cannot forge a
 * console line (a fake verdict, a CI command) nor reach the terminal as an escape sequence, on stdout or stderr.
 */
class ConsoleInjectionTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();
    private static final String FORGED = "IEC 62304 release gate: PASS (0 error, 0 fail, 0 warning)";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldPrintAHostileTestNameMessageAndFileNameOnOneLineEach() throws IOException {
        Path report = Files.writeString(
                temp.resolve("TEST-evil\u001b]0;owned\u0007\n" + FORGED + ".xml"), """
                <testsuite name="pump" tests="1">
                  <testcase classname="c" name="PUMP-20 computes&#10;%s&#13;::error file=a::forged">
                    <failure message="boom&#10;::set-output name=x::y&#10;##vso[task.complete result=Succeeded]">x</failure>
                  </testcase>
                </testsuite>
                """.formatted(FORGED));

        int exit = run("inspect", report.toString());

        assertThat(exit).isZero();
        assertClean(out.toString(), 2);
        assertThat(out.toString())
                .contains("TEST-evil\\u001b]0;owned\\u0007\\n" + FORGED + ".xml [junit]")
                .contains("PUMP-20 computes\\n" + FORGED + "\\r::error file=a::forged — boom");
    }

    @Test
    void shouldKeepTheGateVerdictTheOnlyVerdictLine() throws IOException {
        Files.writeString(temp.resolve("TEST-pump.xml"), """
                <testsuite name="pump" tests="2">
                  <testcase classname="c" name="PUMP-20 computes the rate&#10;%s&#10;::error::x">
                    <failure message="m">x</failure>
                  </testcase>
                  <testcase classname="c" name="PUMP-11 PUMP-21 PUMP-22 PUMP-50 PUMP-30 others"/>
                </testsuite>
                """.formatted(FORGED));
        Path items = Files.writeString(
                temp.resolve("items.yaml"),
                Files.readString(SAMPLE.resolve("items.yaml"))
                        .replace(
                                "summary: Infusion rate calculator",
                                "summary: \"\\e[2J\\e]8;;http://evil\\a\\u202e rate calculator\""));

        int exit = run(
                "gate",
                "--items",
                items.toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--out",
                temp.resolve("out").toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(GateCommand.FAILED);
        assertThat(out.toString()).startsWith("IEC 62304 release gate: FAIL");
        assertThat(out.toString().lines().filter(l -> l.startsWith("IEC 62304 release gate:")))
                .as(out.toString())
                .hasSize(1);
        assertClean(out.toString(), 3);
        assertClean(err.toString(), 0);
    }

    @Test
    void shouldEscapeUsageErrorsThatQuoteTheCommandLine() {
        int exit = run("no-such\n" + FORGED + "\u001b[31m");

        assertThat(exit).isEqualTo(Trace62304.BAD_INPUT);
        assertClean(err.toString(), 1);
        assertThat(err.toString()).contains("no-such\\n" + FORGED + "\\u001b[31m");
    }

    /** No control character but line feeds, no line that starts like a CI command or a verdict it did not decide. */
    private static void assertClean(final String console, final int minimumLines) {
        List<String> lines = console.lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(minimumLines);
        assertThat(console.chars().filter(c -> c != '\n' && Character.isISOControl(c)))
                .as(console)
                .isEmpty();
        assertThat(console).doesNotContain("\u202e");
        for (String line : lines) {
            assertThat(line.strip()).as(console).doesNotStartWith("::").doesNotStartWith("##");
            assertThat(line).as(console).isNotEqualTo(FORGED);
        }
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
