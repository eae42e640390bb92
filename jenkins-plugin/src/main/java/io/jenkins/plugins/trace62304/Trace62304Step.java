package io.jenkins.plugins.trace62304;

import java.io.Serial;
import java.util.Map;
import java.util.Set;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
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
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/**
 * The release gate as a Pipeline step, e.g. {@code def gate = trace62304(policy: 'compliance/policy.yaml')}. It
 * returns a map to the script whose keys and values are stable (see {@link GateAction#toScriptValue()}):
 * {@code verdict} ({@code PASS}, {@code FAIL}, {@code ERROR}), {@code passed}, {@code digest}, {@code errors},
 * {@code failures}, {@code warnings}, {@code items}, {@code tests}, {@code soup}, {@code linkBack}
 * ({@code COMPLETE}, {@code INCOMPLETE}, {@code OFF}), {@code linkBackWrites} and {@code linkBackFailures}.
 * Its options are {@link GateOptions}'; their help files sit next to this class, where Pipeline Syntax reads them.
 */
public final class Trace62304Step extends Step {
    private final GateOptions options = new GateOptions();

    @DataBoundConstructor
    public Trace62304Step() {
        super();
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
    public StepExecution start(final StepContext context) {
        return new Execution(context, options);
    }

    /** Runs off the CPS thread: the gate reads files on the agent and calls Jira. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final GateOptions options;

        Execution(final StepContext context, final GateOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return new GateRunner(context.get(Run.class), context.get(FilePath.class), context.get(EnvVars.class),
                    context.get(Launcher.class), context.get(TaskListener.class)).run(options).toScriptValue();
        }
    }

    /** The step's descriptor; its form is the shared options form. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, EnvVars.class, Launcher.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "trace62304";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Step_DisplayName();
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
