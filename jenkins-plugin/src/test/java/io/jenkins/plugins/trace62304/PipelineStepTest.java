package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Result;
import jenkins.model.Jenkins;

/** The step in scripted and declarative Pipelines, on the controller and on a secured agent. */
@WithJenkins
class PipelineStepTest {
    private static final String GATE = "withEnv(['GIT_COMMIT=abc123']) {\n"
            + "  def gate = trace62304(items: 'items.yaml', junit: 'JUNIT', jacoco: 'jacoco.xml', cyclonedx: 'bom.json'OPTIONS)\n"
            + "  echo \"verdict=${gate.verdict} passed=${gate.passed} tests=${gate.tests} failures=${gate.failures}\"\n"
            + "}\n";

    private JenkinsRule r;

    @BeforeEach
    void start(final JenkinsRule rule) {
        this.r = rule;
    }

    @Test
    void shouldPassReturnTheVerdictToTheScriptAndKeepTheRecord() throws Exception {
        WorkflowJob job = job(gate("reports/*.xml", ""));

        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=PASS passed=true tests=2 failures=0", run);
        GateAction action = run.getAction(GateAction.class);
        assertThat(action.getVerdict()).isEqualTo("PASS");
        assertThat(action.getDigest()).startsWith("sha256:");
        assertThat(new File(run.getRootDir(), "trace62304/baseline.json")).isFile();
        assertThat(run.getArtifactManager().root().child("trace62304/report.html").isFile()).isTrue();
        assertThat(run.getArtifactManager().root().child("trace62304/anomalies.html").isFile()).isTrue();
        assertThat(action.getOutcome()).isNotNull();
        assertThat(action.getMatrix()).extracting(item -> item.key()).containsExactly("PUMP-1", "PUMP-2", "PUMP-3", "PUMP-4");
        String page = r.createWebClient().getPage(run, "trace62304").asNormalizedText();
        assertThat(page).contains("IEC 62304 Release Gate: PASS").contains("PUMP-2").contains("Limit bolus volume")
                .contains("Unresolved anomalies (IEC 62304 5.8.2, 5.8.3)");
        assertThat(r.createWebClient().getPage(run).asNormalizedText()).contains("IEC 62304 release gate: PASS");
    }

    @Test
    void shouldReturnTheDocumentedStableScriptValue() throws Exception {
        WorkflowJob job = job("withEnv(['GIT_COMMIT=abc123']) {\n"
                + "  def g = trace62304(items: 'items.yaml', junit: 'reports/*.xml', jacoco: 'jacoco.xml',"
                + " cyclonedx: 'bom.json')\n"
                + "  echo \"keys=${g.keySet().join(',')}\"\n"
                + "  echo \"linkBack=${g.linkBack} passed=${g.passed instanceof Boolean} tests=${g.tests instanceof Long}\"\n"
                + "}\n");

        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("keys=verdict,passed,digest,errors,failures,warnings,items,tests,soup,linkBack,"
                + "linkBackWrites,linkBackFailures,belowMinimum,anomalies,anomaliesNotEvaluated", run);
        r.assertLogContains("linkBack=OFF passed=true tests=true", run);
        assertThat(run.getAction(GateAction.class).getLinkBack()).isEqualTo(GateAction.LinkBackState.OFF);
    }

    @Test
    void shouldPrintOnlyChangedOptionsInTheSnippetGenerator() {
        Trace62304Step step = new Trace62304Step();
        assertThat(Snippetizer.object2Groovy(step)).isEqualTo("trace62304()");

        step.setItems("compliance/items.yaml");
        step.setOnGateFailure(GateOptions.GateFailure.UNSTABLE);
        step.setJunit(GateOptions.DEFAULT_JUNIT);

        assertThat(Snippetizer.object2Groovy(step))
                .isEqualTo("trace62304 items: 'compliance/items.yaml', onGateFailure: 'UNSTABLE'");
    }

    @Test
    void shouldFailTheBuildOnAFailedGateOrMakeItUnstableWhenAsked() throws Exception {
        WorkflowRun failed = r.buildAndAssertStatus(Result.FAILURE, job(gate("failing/*.xml", "")));
        r.assertLogContains("verdict=FAIL passed=false tests=2 failures=2", failed);
        r.assertLogContains("IEC 62304 release gate: FAIL (0 error, 2 fail", failed);

        WorkflowRun unstable = r.buildAndAssertStatus(Result.UNSTABLE,
                job(gate("failing/*.xml", ", onGateFailure: 'UNSTABLE'")));
        r.assertLogContains("verdict=FAIL", unstable);
    }

    @Test
    void shouldAlwaysFailAGateThatCannotDecide() throws Exception {
        WorkflowRun missing = r.buildAndAssertStatus(Result.FAILURE,
                job(gate("no-such-dir/*.xml", ", onGateFailure: 'UNSTABLE'")));
        r.assertLogContains("verdict=ERROR", missing);

        WorkflowRun broken = r.buildAndAssertStatus(Result.FAILURE, job(gate("reports/*.xml",
                ", policy: 'broken-policy.yaml'")));
        r.assertLogContains("The gate cannot decide", broken);
        r.assertLogContains("unknown rule 'no-such-rule'", broken);
    }

    @Test
    void shouldChainEachBaselineToThePreviousBuild() throws Exception {
        WorkflowJob job = job(gate("reports/*.xml", ""));
        WorkflowRun first = r.buildAndAssertSuccess(job);

        WorkflowRun second = r.buildAndAssertSuccess(job);

        assertThat(new File(second.getRootDir(), "trace62304/inputs/previous-baseline.json"))
                .hasSameTextualContentAs(new File(first.getRootDir(), "trace62304/baseline.json"));
        assertThat(second.getParent().getAction(GateTrendAction.class)).isNotNull();
        assertThat(second.getParent().getAction(GateTrendAction.class).getBuildTrendModel())
                .contains("\"buildNumbers\":[1,2]");
    }

    @Test
    void shouldRunInADeclarativePipeline() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("pipeline {\n  agent any\n  environment { GIT_COMMIT = 'abc123' }\n"
                + "  stages {\n    stage('Release gate') {\n      steps {\n"
                + Workspaces.writeFileSteps().indent(8)
                + "        script {\n"
                + "          def gate = trace62304(items: 'items.yaml', junit: 'reports/*.xml', jacoco: 'jacoco.xml',"
                + " cyclonedx: 'bom.json')\n"
                + "          echo \"declarative verdict=${gate.verdict}\"\n"
                + "        }\n      }\n    }\n  }\n}\n", true));

        r.assertLogContains("declarative verdict=PASS", r.buildAndAssertSuccess(job));
    }

    @Test
    void shouldReadReportsOnASecuredAgentAndPassOnlyTextBack() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("dev"));
        r.createOnlineSlave(Label.get("remote"));
        WorkflowJob job = r.createProject(WorkflowJob.class);
        job.setDefinition(new CpsFlowDefinition("node('remote') {\n" + Workspaces.writeFileSteps()
                + gate("reports/*.xml", "") + "}\n", true));

        WorkflowRun run = r.buildAndAssertSuccess(job);

        r.assertLogContains("verdict=PASS", run);
        r.assertLogContains("[Trace62304] reading reports", run);
        assertThat(new File(run.getRootDir(), "trace62304/baseline.json")).isFile();
    }

    private WorkflowJob job(final String script) throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class);
        Workspaces.copyTo(r.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition("node {\n" + script + "}\n", true));
        return job;
    }

    private static String gate(final String junit, final String options) {
        return GATE.replace("JUNIT", junit).replace("OPTIONS", options);
    }
}
