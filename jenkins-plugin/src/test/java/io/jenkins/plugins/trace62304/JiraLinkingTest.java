package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;

import hudson.model.Result;
import hudson.util.FormValidation;
import hudson.util.Secret;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;

/** Items read from Jira and linked back, against the contract-checked Jira emulator from shared-model. */
@WithJenkins
class JiraLinkingTest {
    private static final String JUNIT = "writeFile file: 'TEST-pump.xml', text: '''<testsuite name=\"pump\" tests=\"2\">"
            + "<testcase classname=\"pump\" name=\"MED-2 limits the bolus\"/>"
            + "<testcase classname=\"pump\" name=\"MED-3 refuses a bolus above the limit\"/></testsuite>'''\n";
    private static final String GATE = "trace62304(site: 'jira', jql: 'project = MED ORDER BY key', junit: 'TEST-*.xml', "
            + "linkBack: true, onGateFailure: 'UNSTABLE')\n";

    private JenkinsRule r;
    private JiraEmulator jira;

    @BeforeEach
    void start(final JenkinsRule rule) throws Exception {
        this.r = rule;
        jira = JiraEmulator.start(Flavour.DATA_CENTER);
        jira.issue("MED-1", "Software Item", "Approved", false).option(JiraEmulator.FIELDS.get("Safety Class"), "B");
        jira.issue("MED-2", "Risk Control", "Implemented", false);
        jira.issue("MED-3", "Software Requirement", "Approved", false);
        jira.link("Implements", "MED-2", "MED-1");
        jira.link("Implements", "MED-3", "MED-1");
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL,
                "jira-pat", "Jira PAT", Secret.fromString(JiraEmulator.TOKEN)));
        SystemCredentialsProvider.getInstance().save();
        site(jira.uri().toString());
    }

    @AfterEach
    void stop() {
        assertThat(jira.violations()).as("OpenAPI contract violations").isEmpty();
        jira.close();
    }

    @Test
    void shouldLinkEachItemOnceHoweverOftenTheBuildRunsTheGate() throws Exception {
        WorkflowRun run = build("node {\n" + JUNIT + "withEnv(['GIT_COMMIT=abc123']) {\n" + GATE + GATE + "}\n}\n");

        assertThat(run.getResult()).isIn(Result.SUCCESS, Result.UNSTABLE);
        for (String key : List.of("MED-1", "MED-2", "MED-3")) {
            assertThat(jira.issue(key).remoteLinks()).as(key).hasSize(1);
            assertThat(jira.issue(key).comments().size()).as(key).isLessThanOrEqualTo(1);
        }
        r.assertLogContains("Link-back to Jira: 0 write(s), 0 failed", run);
        r.assertLogNotContains(JiraEmulator.TOKEN, run);
        assertThat(run.getAction(GateAction.class).getItems()).isEqualTo(3);
        assertThat(run.getAction(GateAction.class).getLinkBack()).isEqualTo(GateAction.LinkBackState.COMPLETE);
        assertThat(run.getAction(GateAction.class).toScriptValue()).containsEntry("linkBack", "COMPLETE")
                .containsEntry("linkBackFailures", 0L);
    }

    @Test
    void shouldFailClosedWhenJiraRefusesTheCredentials() throws Exception {
        jira.expireCredentials();

        WorkflowRun run = build("node {\n" + JUNIT + GATE + "}\n");

        r.assertBuildStatus(Result.FAILURE, run);
        r.assertLogContains("IEC 62304 release gate: ERROR", run);
        assertThat(run.getAction(GateAction.class).getVerdict()).isEqualTo("ERROR");
        assertThat(jira.writes()).isZero();
    }

    @Test
    void shouldTestTheConnectionFromTheConfigurationForm() {
        JiraSite.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(JiraSite.DescriptorImpl.class);

        FormValidation connected = descriptor.doTestConnection("jira", jira.uri().toString(), "jira-pat", "DATA_CENTER");
        FormValidation mismatch = descriptor.doTestConnection("jira", jira.uri().toString(), "jira-pat", "CLOUD");
        FormValidation missing = descriptor.doTestConnection("jira", jira.uri().toString(), "nope", "DATA_CENTER");

        assertThat(connected.kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(connected.getMessage()).contains("Release gate");
        assertThat(mismatch.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(missing.kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(missing.getMessage()).contains("nope").doesNotContain(JiraEmulator.TOKEN);
    }

    private void site(final String url) {
        JiraSite site = new JiraSite("jira", url, "jira-pat");
        site.setDeployment(JiraSite.Deployment.DATA_CENTER);
        Trace62304Configuration.get().setSites(List.of(site));
    }

    private WorkflowRun build(final String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return r.waitForCompletion(job.scheduleBuild2(0).waitForStart());
    }
}
