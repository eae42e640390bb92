package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code monitor --jira … --link-back} on a release of the sample, against the emulator (Data Center). */
class MonitorLinkBackCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private JiraEmulator jira;
    private Path tokenFile;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void sealAReleaseAndStartJira() throws IOException {
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--job",
                "infusion-pump",
                "--build-id",
                "42",
                "--revision",
                "abc",
                "--out",
                temp.resolve("releases/1.4.0").toString());
        assertThat(temp.resolve("releases/1.4.0/baseline.json")).exists();
        jira = JiraEmulator.start(Flavour.DATA_CENTER);
        jira.issue("PUMP-41", "SOUP Item", "Approved", false).summary("Apache Commons Lang");
        tokenFile = Files.writeString(
                temp.resolve("token"), jira.credentials().authorization().substring("Bearer ".length()) + "\n");
        out = new StringWriter();
        err = new StringWriter();
    }

    @AfterEach
    void stopJira() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @Test
    void shouldOpenTheProblemReportOnceAndWriteNothingOnARerun() {
        assertThat(monitor()).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString())
                .as("the problem report and the SOUP item's record of it")
                .contains("link-back: 2 write(s) to Jira");
        assertThat(jira.inProjectKeys("PUMP")).containsExactly("PUMP-41", "PUMP-42");
        assertThat(jira.issue("PUMP-42").summary()).startsWith("CVE-2025-48924").contains("infusion-pump #42");

        out = new StringWriter();
        assertThat(monitor()).isEqualTo(1);
        assertThat(out.toString()).contains("link-back: 0 write(s) to Jira");
        assertThat(jira.inProjectKeys("PUMP")).hasSize(2);
    }

    @Test
    void shouldRefuseALinkBackWithoutJira() {
        int exit = run(
                "monitor",
                "--baseline",
                temp.resolve("releases").toString(),
                "--osv",
                SAMPLE.resolve("monitoring/osv").toString(),
                "--link-back",
                "--out",
                temp.resolve("monitoring").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--jira URL with --link-back");
    }

    private int monitor() {
        return run(
                "monitor",
                "--baseline",
                temp.resolve("releases").toString(),
                "--osv",
                SAMPLE.resolve("monitoring/osv").toString(),
                "--jira",
                jira.uri().toString(),
                "--jira-token-file",
                tokenFile.toString(),
                "--link-back",
                "--out",
                temp.resolve("monitoring").toString());
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
