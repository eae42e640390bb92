package io.jenkins.plugins.trace62304;

import java.io.IOException;

import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.tasks.SimpleBuildStep;

/** The release gate as a post-build action of freestyle (and other classic) jobs. */
public final class Trace62304Recorder extends Recorder implements SimpleBuildStep {
    private GateOptions options = new GateOptions();

    @DataBoundConstructor
    public Trace62304Recorder() {
        super();
    }

    /** Job configuration written before an option existed keeps that option's default. */
    protected Object readResolve() {
        if (options == null) {
            options = new GateOptions();
        }
        return this;
    }

    public String getJunit() {
        return options.junit;
    }

    @DataBoundSetter
    public void setJunit(final String junit) {
        options.setJunit(junit);
    }

    public String getDependencyCheck() {
        return options.dependencyCheck;
    }

    @DataBoundSetter
    public void setDependencyCheck(final String dependencyCheck) {
        options.setDependencyCheck(dependencyCheck);
    }

    public String getCyclonedx() {
        return options.cyclonedx;
    }

    @DataBoundSetter
    public void setCyclonedx(final String cyclonedx) {
        options.setCyclonedx(cyclonedx);
    }

    public String getJacoco() {
        return options.jacoco;
    }

    @DataBoundSetter
    public void setJacoco(final String jacoco) {
        options.setJacoco(jacoco);
    }

    public String getMappings() {
        return options.mappings;
    }

    @DataBoundSetter
    public void setMappings(final String mappings) {
        options.setMappings(mappings);
    }

    public String getPolicy() {
        return options.policy;
    }

    @DataBoundSetter
    public void setPolicy(final String policy) {
        options.setPolicy(policy);
    }

    public String getItems() {
        return options.items;
    }

    @DataBoundSetter
    public void setItems(final String items) {
        options.setItems(items);
    }

    public String getSite() {
        return options.site;
    }

    @DataBoundSetter
    public void setSite(final String site) {
        options.setSite(site);
    }

    public String getJql() {
        return options.jql;
    }

    @DataBoundSetter
    public void setJql(final String jql) {
        options.setJql(jql);
    }

    public String getArtifacts() {
        return options.artifacts;
    }

    @DataBoundSetter
    public void setArtifacts(final String artifacts) {
        options.setArtifacts(artifacts);
    }

    public GateOptions.BuildKind getKind() {
        return options.kind;
    }

    @DataBoundSetter
    public void setKind(final GateOptions.BuildKind kind) {
        options.setKind(kind);
    }

    public String getProduct() {
        return options.product;
    }

    @DataBoundSetter
    public void setProduct(final String product) {
        options.setProduct(product);
    }

    public String getProductVersion() {
        return options.productVersion;
    }

    @DataBoundSetter
    public void setProductVersion(final String productVersion) {
        options.setProductVersion(productVersion);
    }

    public String getArchive() {
        return options.archive;
    }

    @DataBoundSetter
    public void setArchive(final String archive) {
        options.setArchive(archive);
    }

    public boolean isLinkBack() {
        return options.linkBack;
    }

    @DataBoundSetter
    public void setLinkBack(final boolean linkBack) {
        options.setLinkBack(linkBack);
    }

    public GateOptions.GateFailure getOnGateFailure() {
        return options.onGateFailure;
    }

    @DataBoundSetter
    public void setOnGateFailure(final GateOptions.GateFailure onGateFailure) {
        options.setOnGateFailure(onGateFailure);
    }

    public GateOptions.LinkBackFailure getOnLinkBackFailure() {
        return options.onLinkBackFailure;
    }

    @DataBoundSetter
    public void setOnLinkBackFailure(final GateOptions.LinkBackFailure onLinkBackFailure) {
        options.setOnLinkBackFailure(onLinkBackFailure);
    }

    @Override
    public void perform(@NonNull final Run<?, ?> run, @NonNull final FilePath workspace, @NonNull final EnvVars env,
            @NonNull final Launcher launcher, @NonNull final TaskListener listener)
            throws InterruptedException, IOException {
        new GateRunner(run, workspace, env, launcher, listener).run(options);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** The post-build action's descriptor; its form is the shared options form. */
    @Extension
    @Symbol("trace62304") // the step's function name, as warnings-ng's IssuesRecorder (recordIssues) does
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        /** One help file per option: the step's, next to {@link Trace62304Step} (Pipeline Syntax reads them there). */
        public DescriptorImpl() {
            super(Trace62304Recorder.class);
            GateOptions.NAMES.forEach(name -> addHelpFileRedirect(name, Trace62304Step.class, name));
        }

        @Override
        public boolean isApplicable(final Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Recorder_DisplayName();
        }

        @POST
        public ListBoxModel doFillSiteItems(@AncestorInPath final Item item) {
            FormAccess.checkConfigure(item);
            return OptionsForm.siteItems();
        }

        @POST
        public FormValidation doCheckJql(@AncestorInPath final Item item, @QueryParameter final String site,
                @QueryParameter final String value) {
            FormAccess.checkConfigure(item);
            return OptionsForm.checkJql(site, value);
        }

        @POST
        public FormValidation doCheckItems(@AncestorInPath final Item item, @QueryParameter final String site,
                @QueryParameter final String value) {
            FormAccess.checkConfigure(item);
            return OptionsForm.checkItems(site, value);
        }
    }
}
