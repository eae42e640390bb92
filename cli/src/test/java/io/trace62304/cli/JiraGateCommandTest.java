package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gate --jira … --jql … --link-back} and {@code jira check} against the emulator (Cloud). */
class JiraGateCommandTest {
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
        jira.issue("PUMP-2", "Software Requirement", "Approved", false);
        jira.link("Implements", "PUMP-2", "PUMP-1");
        String basic = new String(
                Base64.getDecoder().decode(jira.credentials().authorization().substring(6)));
        tokenFile = Files.writeString(temp.resolve("token"), basic.split(":", 2)[1] + "\n");
        Files.writeString(
                temp.resolve("TEST-pump.xml"),
                "<testsuite name=\"s\"><testcase classname=\"c\" " + "name=\"PUMP-2 works\"/></testsuite>");
    }

    @AfterEach
    void stopJira() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @Test
    void shouldGateOnItemsReadFromJiraAndLinkTheBuildBackOnce() {
        String[] args = linkBack("42");

        assertThat(run(args)).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("release gate: PASS")
                .as("2 remote links, what was written on each, the run record")
                .contains("link-back: 5 write(s) to Jira");
        assertThat(jira.issue("PUMP-2").remoteLinks().values()).singleElement().satisfies(link -> {
            assertThat(link.path("globalId").asText()).startsWith("trace62304:job=");
            assertThat(link.path("object").path("url").asText()).isEqualTo("https://ci.example/job/pump/42/");
        });
        assertThat(run(args)).isZero();
        assertThat(out.toString()).contains("link-back: 0 write(s) to Jira");
        assertThat(out + err.toString()).doesNotContain(Files.exists(tokenFile) ? read(tokenFile) : "?");
    }

    @Test
    void shouldFailClosedWhenJiraCannotBeRead() {
        jira.expireCredentials();

        int exit = run(
                "gate",
                "-q",
                "--jira",
                jira.uri().toString(),
                "--jira-user",
                "gate@example.com",
                "--jira-token-file",
                tokenFile.toString(),
                "--jql",
                "project = PUMP",
                "--out",
                temp.toString());

        assertThat(exit).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(err.toString()).contains("cannot connect to Jira").contains("expired or revoked");
        assertThat(out.toString()).contains("release gate: ERROR");
    }

    @Test
    void shouldCheckTheConnectionAndPermissions() {
        assertThat(run(
                        "jira",
                        "check",
                        "--jira",
                        jira.uri().toString(),
                        "--jira-user",
                        "gate@example.com",
                        "--jira-token-file",
                        tokenFile.toString(),
                        "--project",
                        "PUMP"))
                .isZero();
        assertThat(out.toString())
                .contains("connected to " + jira.uri() + " (CLOUD) as Release gate")
                .contains("ok       ADD_COMMENTS in PUMP")
                .contains("ok       LINK_ISSUES in PUMP")
                .contains("Fixed In Build edits are sent with notifyUsers=false");
    }

    @Test
    void shouldReachACloudSiteWithAScopedTokenThroughTheGateway() {
        jira.scopedToken();
        assertThat(run(with("jira", "check", "--jira", jira.uri().toString())))
                .as("the site itself refuses a scoped token")
                .isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(run(with(
                        "jira",
                        "check",
                        "--jira",
                        jira.uri().toString(),
                        "--jira-scoped-token",
                        "--jira-gateway",
                        jira.uri().toString())))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("connected to " + jira.gatewayUri() + " (CLOUD)");
        assertThat(run(with("jira", "check", "--jira", jira.gatewayUri().toString())))
                .isZero();
    }

    /** A gate of build {@code number} of job pump over PUMP with link-back. */
    private String[] linkBack(final String number) {
        return with(
                "gate",
                "-q",
                "--jira",
                jira.uri().toString(),
                "--jql",
                "project = PUMP",
                "--link-back",
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--job",
                "pump",
                "--build-id",
                number,
                "--revision",
                "abc",
                "--build-url",
                "https://ci.example/job/pump/" + number + "/",
                "--out",
                temp.resolve("out").toString());
    }

    /** The arguments followed by the emulator's user and token file. */
    private String[] with(final String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(java.util.List.of("--jira-user", "gate@example.com", "--jira-token-file", tokenFile.toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void shouldSayThatAPlainUsersFixedInBuildEditsNotifyWatchers() {
        jira.plainUser();

        assertThat(run(with("jira", "check", "--jira", jira.uri().toString(), "--project", "PUMP")))
                .as("the gate does not need administration")
                .isZero();
        assertThat(out.toString()).contains("note     Fixed In Build edits will notify watchers");
    }

    @Test
    void shouldSetFixedInBuildOnlyFromAPassingReleaseBuild() throws IOException {
        jira.issue("PUMP-3", "Software Problem Report", "Closed", true)
                .field(JiraEmulator.FIELDS.get("Root Cause"), "overflow")
                .field(JiraEmulator.FIELDS.get("Risk Evaluation"), "no hazardous situation");
        jira.link("Implements", "PUMP-3", "PUMP-1");
        Files.writeString(
                temp.resolve("TEST-fix.xml"),
                "<testsuite name=\"f\"><testcase classname=\"c\" name=\"PUMP-3 regression\"/></testsuite>");
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(linkBack("50")));
        Files.writeString(temp.resolve("pump-1.4.0.jar"), "the shipped bytes");
        arguments.addAll(java.util.List.of(
                "--release",
                "--product",
                "pump",
                "--product-version",
                "1.4.0",
                "--artifact",
                temp.resolve("pump-1.4.0.jar").toString()));
        String[] release = arguments.toArray(String[]::new);

        assertThat(run(release)).as(out + "\n" + err).isZero();
        assertThat(jira.issue("PUMP-3")
                        .field(JiraEmulator.FIELDS.get("Fixed In Build"))
                        .asText())
                .isEqualTo("pump #50");
        assertThat(jira.issue("PUMP-2").remoteLinks()).hasSize(2);
        assertThat(run("gate", "--jira", "https://x", "--jql", "project = X", "--release", "--out", temp.toString()))
                .as("--release without --link-back")
                .isEqualTo(Trace62304.BAD_INPUT);
    }

    @Test
    void shouldRefuseAmbiguousItemSources() {
        assertThat(run(
                        "gate",
                        "--items",
                        "x.yaml",
                        "--jira",
                        "https://x",
                        "--jql",
                        "project = X",
                        "--out",
                        temp.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(err.toString()).contains("give either --items FILE, or --jira URL with --jql QUERY");
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
