package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {
    private static final Path EXAMPLE =
            Path.of("src/test/resources/inspect").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldSummarizeTheBundledExample() {
        int exit = run("inspect", EXAMPLE + "/*");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("[junit] tests 5, passed 3, failed 1, errored 0, skipped 1, flaky 1")
                .contains("[cyclonedx] specVersion 1.6, components 3, vulnerabilities 2")
                .contains("[dependency-check] dependencies 1, vulnerabilities 2, suppressed 1, complete false")
                .contains("[jacoco] counters {INSTRUCTION=120/150")
                .contains("  failed: com.example.pump.DoseCalculatorTest.raises the occlusion alarm within 30 s — "
                        + "alarm raised after 31.2 s");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldPrintTheDocumentedJsonAndReportBadFilesWithExitCode2() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.xml"), "<testsuite name='x'><testcase name='a'>");

        int exit = run(
                "inspect",
                "--json",
                EXAMPLE.resolve("TEST-com.example.pump.DoseCalculatorTest.xml").toString(),
                broken.toString());

        assertThat(exit).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("format").asText()).isEqualTo("junit");
        assertThat(json.get(0).get("error").isNull()).isTrue();
        assertThat(json.get(0).get("flaky").asLong()).isEqualTo(1);
        assertThat(json.get(1).get("format").isNull()).isTrue();
        assertThat(json.get(1).get("error").asText()).contains("broken.xml:1:").contains("ends early");
    }

    @Test
    void shouldReportPatternsThatMatchNothing() {
        int exit = run("inspect", temp + "/*.xml");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("matches no file");
    }

    @Test
    void shouldExplainUsageErrors() {
        assertThat(run("inspect")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(run("--version")).isZero();
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
