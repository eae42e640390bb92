package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** {@code jira plan | apply | verify} against blank emulated sites. */
class ProvisionCommandsTest {
    @TempDir
    Path temp;

    private JiraEmulator jira;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stopJira() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @Test
    void shouldPlanApplyAndVerifyACloudSite() throws IOException {
        start(Flavour.CLOUD);

        assertThat(run("plan")).isZero();
        assertThat(out.toString())
                .contains("CREATE    field          Safety Class - select: A, B, C")
                .contains("0 blocker(s)");
        assertThat(jira.writes()).isZero();
        assertThat(run("apply")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("verify")).isZero();
        assertThat(out.toString())
                .contains("KEEP      field          Safety Class")
                .contains("KEEP      workflow")
                .contains("verified: the site is as the scheme says");
        assertThat(err.toString()).contains("Forge app: not used");
        String forge = "ari:cloud:ecosystem::extension/app-1/env-1/static/trace62304-class-rules";
        jira.installForgeValidator(forge);
        out.getBuffer().setLength(0);
        assertThat(run("verify"))
                .as("once the Forge app is installed, its validator replaces the built-in rules")
                .isEqualTo(1);
        assertThat(err.toString()).contains("Forge app: " + forge);
        assertThat(out.toString()).contains("UPDATE    workflow       Trace62304: Software Problem Report (Clause 9)");
        assertThat(run("verify", "--forge-extension", "none")).isZero();
        jira.customField("Vulnerability Assessment", "com.atlassian.jira.plugin.system.customfieldtypes:textarea");
        assertThat(run("verify")).as("a second field of one name is drift").isEqualTo(1);
        assertThat(out.toString()).contains("CONFLICT  field          Vulnerability Assessment");
    }

    @Test
    void shouldWriteManualStepsAndWorkflowXmlForDataCenter() throws Exception {
        start(Flavour.DATA_CENTER);
        for (String status : new String[] {
            "Reported",
            "Investigating",
            "Change Approved",
            "Deferred",
            "Implementing",
            "Verifying",
            "Draft",
            "Implemented"
        }) {
            jira.status(
                    status,
                    status.equals("Deferred") || status.equals("Draft") || status.equals("Reported")
                            ? "new"
                            : "indeterminate");
        }
        for (String status : new String[] {"Closed", "Approved", "Verified", "Obsolete"}) {
            jira.status(status, "done");
        }

        assertThat(run("apply", "--out", temp.resolve("dc").toString())).isZero();

        assertThat(temp.resolve("dc/manual-steps.md"))
                .content()
                .contains("## 2. Options of the select fields")
                .contains("| Safety Class | A, B, C |")
                .contains("| Trace62304: Software Problem Report (Clause 9) | Close | "
                        + "Class C: an inward 'Verifies' link required |");
        Path xml = temp.resolve("dc/workflows/trace62304-software-problem-report-clause-9.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document workflow = factory.newDocumentBuilder().parse(xml.toFile());
        assertThat(workflow.getElementsByTagName("step").getLength()).isEqualTo(7);
        assertThat(workflow.getElementsByTagName("common-action").getLength())
                .as("references from steps")
                .isEqualTo(6);
        assertThat(((org.w3c.dom.Element)
                                workflow.getElementsByTagName("common-actions").item(0))
                        .getElementsByTagName("action")
                        .getLength())
                .isEqualTo(3);
        assertThat(Files.list(temp.resolve("dc/workflows"))).hasSize(4);
        out.getBuffer().setLength(0);
        assertThat(run("verify")).as("workflows not imported yet").isEqualTo(1);
        assertThat(out.toString()).contains("MANUAL    workflow");
        new io.trace62304.jiraapp.scheme.SchemeLoader()
                .defaults()
                .workflows()
                .forEach(w -> jira.importedWorkflow(w.name()));
        jira.screen("Trace62304: IEC 62304", "[trace62304:v1]");
        assertThat(run("apply", "--out", temp.resolve("dc").toString()))
                .as("workflow scheme and screen fields")
                .isZero();
        assertThat(temp.resolve("dc/manual-steps.md"))
                .content()
                .contains("Switch scheme")
                .containsSubsequence(
                        "## 1. Statuses",
                        "## 3. Workflows",
                        "## 4. Screen",
                        "## 5. Run `trace62304 jira " + "apply` again",
                        "## 6. Screen schemes and the project",
                        "## 7. Rules");
        jira.useWorkflowScheme(
                "MED",
                jira.projectProperty("MED", "trace62304.provisioning")
                        .path("objects")
                        .path("workflow scheme/Trace62304: IEC 62304 workflows")
                        .asText());
        out.getBuffer().setLength(0);
        assertThat(run("verify")).as("after the manual steps").isZero();
        assertThat(out.toString())
                .contains("KEEP      workflow")
                .contains("imported")
                .contains("CHECK     field options")
                .contains("KEEP      workflow scheme")
                .contains("KEEP      screen fields");
    }

    @Test
    void shouldRefuseToApplyOverSomeoneElsesField() throws IOException {
        start(Flavour.DATA_CENTER);
        jira.customField("Root Cause", "com.atlassian.jira.plugin.system.customfieldtypes:select");

        assertThat(run("apply")).isEqualTo(1);

        assertThat(out.toString()).contains("CONFLICT  field          Root Cause");
        assertThat(err.toString()).contains("nothing was changed");
        assertThat(jira.writes()).isZero();
    }

    private void start(final Flavour flavour) throws IOException {
        jira = JiraEmulator.startBlank(flavour);
        jira.project("MED", "Infusion pump");
    }

    private int run(final String command, final String... more) throws IOException {
        Path token = Files.writeString(temp.resolve("token"), JiraEmulator.TOKEN);
        String[] base = {
            "jira", command, "--jira", jira.uri().toString(), "--jira-token-file", token.toString(), "--project", "MED"
        };
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        if (jira.flavour() == Flavour.CLOUD) {
            args = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(args), java.util.stream.Stream.of("--jira-user", JiraEmulator.USER))
                    .toArray(String[]::new);
        }
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
