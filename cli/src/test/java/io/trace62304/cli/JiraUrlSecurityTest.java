package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.Fault;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 17, points 1 and 3–5, through the command line: what Jira echoes of the token never reaches the console;
 * a URL with user info, a malformed URL and plain http to another machine are one-line usage errors (exit 2) that
 * never repeat the password, and no output is written.
 */
class JiraUrlSecurityTest {
    private static final String PASSWORD = "Pw-7c1e9d";

    @TempDir
    Path temp;

    private JiraEmulator jira;
    private Path tokenFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startJira() throws IOException {
        jira = JiraEmulator.start(Flavour.CLOUD);
        jira.issue("PUMP-1", "Software Item", "Approved", true).option(JiraEmulator.FIELDS.get("Safety Class"), "A");
        tokenFile = Files.writeString(temp.resolve("token"), JiraEmulator.TOKEN + "\n");
    }

    @AfterEach
    void stopJira() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate", "check"})
    void shouldRefuseUserInfoInTheUrlWithoutRepeatingThePassword(final String command) throws IOException {
        String url = "http://gate%40example.com:" + PASSWORD + "@127.0.0.1:"
                + jira.uri().getPort();

        int exit = "gate".equals(command) ? gate(url) : run("jira", "check", "--jira", url);

        assertThat(exit).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString().strip())
                .as("one line, pointing to the token options")
                .doesNotContain("\n")
                .contains("carries a user name or password")
                .contains("--jira-user")
                .contains("--jira-token-file");
        assertThat(out + err.toString()).doesNotContain(PASSWORD);
        assertThat(outputs()).as("nothing written that could hold it").isEmpty();
        assertThat(jira.authorizations()).as("Jira was never asked").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///x", "ftp://h", "not a url", "https://h?jql=x"})
    void shouldRefuseAMalformedUrlInOneLine(final String url) throws IOException {
        assertThat(gate(url)).isEqualTo(Trace62304.BAD_INPUT);

        assertThat(err.toString().strip())
                .startsWith("trace62304: the Jira URL '")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(outputs()).isEmpty();
    }

    @Test
    void shouldRefusePlainHttpToAnotherMachineUnlessAllowed() throws IOException {
        assertThat(gate("http://jira.invalid")).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString().strip())
                .doesNotContain("\n")
                .contains("clear text")
                .contains("--jira-allow-insecure-http");
        assertThat(outputs()).isEmpty();
    }

    @Test
    void shouldWarnWhenPlainHttpIsAllowed() {
        // 0.0.0.0 is not a loopback address, but on Linux a connection to it reaches this machine's emulator
        String url = "http://0.0.0.0:" + jira.uri().getPort();

        int exit = gate(url, "--jira-allow-insecure-http");

        assertThat(err.toString()).contains("trace62304: warning: the Jira URL " + url + " is plain http");
        assertThat(out.toString()).as(err.toString()).contains("release gate:");
        assertThat(exit).isNotEqualTo(Trace62304.BAD_INPUT);
    }

    @Test
    void shouldUseHttpToThisMachineWithoutAWarning() {
        gate(jira.uri().toString());

        assertThat(err.toString()).doesNotContain("plain http");
        assertThat(out.toString()).contains("release gate:");
    }

    @Test
    void shouldNotPrintWhatJiraEchoesOfTheToken() throws IOException {
        jira.inject(Fault.echoing("POST", "/search", 10, 401));

        assertThat(gate(jira.uri().toString())).isEqualTo(GateCommand.UNDECIDABLE);

        String header = jira.credentials().authorization();
        String encoded = header.substring(6);
        String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>(List.of(out.toString(), err.toString()));
        shown.addAll(outputs());
        assertThat(shown)
                .noneMatch(text -> text.contains(JiraEmulator.TOKEN) || text.contains(encoded) || text.contains(pair));
        assertThat(out.toString())
                .as("the failure is shown, Jira's words redacted")
                .contains("HTTP 401")
                .contains("[redacted]");
        assertThat(String.join("\n", outputs())).contains("[redacted]");
    }

    private int gate(final String url, final String... more) {
        List<String> args = new ArrayList<>(List.of(
                "gate",
                "-q",
                "--jira",
                url,
                "--jira-user",
                JiraEmulator.USER,
                "--jira-token-file",
                tokenFile.toString(),
                "--jql",
                "project = PUMP",
                "--out",
                temp.resolve("out").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** The text of every file the run wrote. */
    private List<String> outputs() throws IOException {
        Path dir = temp.resolve("out");
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
