package io.jenkins.plugins.trace62304;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

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
import hudson.tasks.LogRotator;

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
        recorder.setCyclonedx("bom.json");
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
    void shouldKeepTheRecordWhenABuildDiscarderRemovesOldArtifacts() throws Exception {
        Trace62304Recorder recorder = new Trace62304Recorder();
        recorder.setItems("items.yaml");
        recorder.setJunit("reports/*.xml");
        recorder.setJacoco("jacoco.xml");
        recorder.setCyclonedx("bom.json");
        FreeStyleProject project = project(recorder);
        // keep every build, but the artifacts of the last one only (a usual setting for non-release builds)
        project.setBuildDiscarder(new LogRotator(-1, -1, -1, 1));

        FreeStyleBuild first = r.buildAndAssertSuccess(project);
        FreeStyleBuild second = r.buildAndAssertSuccess(project);

        assertThat(first.getArtifactManager().root().child("trace62304/report.html").isFile()).isFalse();
        assertThat(second.getArtifactManager().root().child("trace62304/report.html").isFile()).isTrue();
        for (String kept : List.of("baseline.json", "report.html", "findings.json", "sbom.cdx.json", "gate-junit.xml")) {
            assertThat(new File(first.getRootDir(), "trace62304/" + kept)).as(kept).isFile();
        }
        GateAction action = first.getAction(GateAction.class);
        assertThat(action.isReportArchived()).isFalse();
        assertThat(action.getOutcome()).isNotNull();
        assertThat(new File(second.getRootDir(), "trace62304/inputs/previous-baseline.json"))
                .hasSameTextualContentAs(new File(first.getRootDir(), "trace62304/baseline.json"));
        String page = r.createWebClient().getPage(first, "trace62304/").asNormalizedText();
        assertThat(page).contains("PUMP-2").contains("discarded with the build artifacts");
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
