package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jira audit} writes the three files, and fails closed when Jira refuses. */
class AuditCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldWriteTheAuditTrailOrSayWhyNot() throws Exception {
        try (JiraEmulator jira = JiraEmulator.start(Flavour.DATA_CENTER)) {
            jira.issue("MED-1", "Software Problem Report", "Closed", true)
                    .changed("Ana", "2026-11-20T09:00:00.000+0000", "status", "Verifying", "Closed");
            Path token = Files.writeString(temp.resolve("token"), JiraEmulator.TOKEN);
            String[] args = {
                "jira",
                "audit",
                "--jira",
                jira.uri().toString(),
                "--jira-token-file",
                token.toString(),
                "--jql",
                "project = MED",
                "--out",
                temp.resolve("audit").toString()
            };

            assertThat(run(args)).isZero();
            assertThat(temp.resolve("audit/audit.csv")).content().contains("MED-1,Software Problem Report,Closed");
            assertThat(temp.resolve("audit/audit.html")).content().contains("Verifying");
            jira.expireCredentials();
            assertThat(run(args)).isEqualTo(GateCommand.UNDECIDABLE);
            assertThat(err.toString()).contains("HTTP 401");
            assertThat(jira.violations()).isEmpty();
        }
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
