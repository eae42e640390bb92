package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.slaves.EnvironmentVariablesNodeProperty;

/** The post-build action in a freestyle job, and its configuration form. */
@WithJenkins
class FreestyleRecorderTest {
    private JenkinsRule r;

    @BeforeEach
    void start(final JenkinsRule rule) {
        this.r = rule;
        r.jenkins.getGlobalNodeProperties().add(new EnvironmentVariablesNodeProperty(
                new EnvironmentVariablesNodeProperty.Entry("GIT_COMMIT", "abc123")));
    }

    @Test
    void shouldDecideAfterTheBuildAndShowTheResultOnTheBuildPage() throws Exception {
        Trace62304Recorder recorder = new Trace62304Recorder();
        recorder.setItems("items.yaml");
        recorder.setJunit("reports/*.xml");
        recorder.setJacoco("jacoco.xml");
        FreeStyleProject project = project(recorder);

        FreeStyleBuild build = r.buildAndAssertSuccess(project);

        assertThat(build.getAction(GateAction.class).getVerdict()).isEqualTo("PASS");
        r.assertLogContains("[Trace62304] IEC 62304 release gate: PASS", build);
    }

    @Test
    void shouldMakeTheBuildUnstableOnAFailedGateWhenConfiguredSo() throws Exception {
        Trace62304Recorder recorder = new Trace62304Recorder();
        recorder.setItems("items.yaml");
        recorder.setJunit("failing/*.xml");
        recorder.setOnGateFailure(GateOptions.GateFailure.UNSTABLE);

        FreeStyleBuild build = r.buildAndAssertStatus(Result.UNSTABLE, project(recorder));

        assertThat(build.getAction(GateAction.class).getFailures()).isPositive();
    }

    @Test
    void shouldRoundTripItsConfigurationThroughTheForm() throws Exception {
        Trace62304Recorder recorder = new Trace62304Recorder();
        recorder.setItems("compliance/items.yaml");
        recorder.setJunit("**/TEST-*.xml, build/test-results/**/*.xml");
        recorder.setDependencyCheck("target/dependency-check-report.json");
        recorder.setCyclonedx("target/bom.json");
        recorder.setPolicy("compliance/policy.yaml");
        recorder.setOnGateFailure(GateOptions.GateFailure.UNSTABLE);
        recorder.setOnLinkBackFailure(GateOptions.LinkBackFailure.WARNING);
        FreeStyleProject project = r.createFreeStyleProject();
        project.getPublishersList().add(recorder);

        r.configRoundtrip(project);

        r.assertEqualDataBoundBeans(recorder, project.getPublishersList().get(Trace62304Recorder.class));
    }

    private FreeStyleProject project(final Trace62304Recorder recorder) throws Exception {
        FreeStyleProject project = r.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(final AbstractBuild<?, ?> build, final Launcher launcher,
                    final BuildListener listener) throws java.io.IOException, InterruptedException {
                Workspaces.copyTo(build.getWorkspace());
                return true;
            }
        });
        project.getPublishersList().add(recorder);
        return project;
    }
}
