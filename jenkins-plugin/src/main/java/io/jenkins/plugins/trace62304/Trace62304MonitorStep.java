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
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;

/**
 * Post-market monitoring as a Pipeline step for a scheduled job, e.g.
 * {@code def m = trace62304Monitor(baselines: 'releases', osv: 'osv/Maven', kev: 'kev.json', site: 'jira',
 * jql: 'project = PUMP', linkBack: true)} under {@code triggers { cron('H 6 * * *') }}: verifies each released
 * baseline and reports what is new since it was sealed (IEC 62304 6.2.1, 6.2.5, 7.1.3); with a Jira site and
 * {@code linkBack}, opens or updates one problem report per new vulnerability of a released SOUP item. It returns a
 * map whose keys and values are stable: {@code status} ({@code NOTHING_NEW}, {@code NEW_FINDINGS}, {@code ERROR}),
 * {@code exitCode}, {@code releases}, {@code findings}, {@code problemReports}, {@code linkBack} ({@code COMPLETE},
 * {@code INCOMPLETE}, {@code OFF}), {@code linkBackWrites} and {@code linkBackFailures}. Its options are
 * {@link MonitorOptions}'; their help files sit next to this class.
 */
public final class Trace62304MonitorStep extends Step {
    private final MonitorOptions options = new MonitorOptions();

    @DataBoundConstructor
    public Trace62304MonitorStep() {
        super();
    }

    public String getBaselines() {
        return options.baselines;
    }

    @DataBoundSetter
    public void setBaselines(final String baselines) {
        options.setBaselines(baselines);
    }

    public String getOsv() {
        return options.osv;
    }

    @DataBoundSetter
    public void setOsv(final String osv) {
        options.setOsv(osv);
    }

    public String getKev() {
        return options.kev;
    }

    @DataBoundSetter
    public void setKev(final String kev) {
        options.setKev(kev);
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

    public String getItems() {
        return options.items;
    }

    @DataBoundSetter
    public void setItems(final String items) {
        options.setItems(items);
    }

    public String getPolicy() {
        return options.policy;
    }

    @DataBoundSetter
    public void setPolicy(final String policy) {
        options.setPolicy(policy);
    }

    public GateOptions.GateFailure getOnNewFindings() {
        return options.onNewFindings;
    }

    @DataBoundSetter
    public void setOnNewFindings(final GateOptions.GateFailure onNewFindings) {
        options.setOnNewFindings(onNewFindings);
    }

    public boolean isLinkBack() {
        return options.linkBack;
    }

    @DataBoundSetter
    public void setLinkBack(final boolean linkBack) {
        options.setLinkBack(linkBack);
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

    /** Runs off the CPS thread: the monitor reads files on the agent and calls Jira. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final MonitorOptions options;

        Execution(final StepContext context, final MonitorOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return new MonitorRunner(context.get(Run.class), context.get(FilePath.class), context.get(Launcher.class),
                    context.get(TaskListener.class)).run(options);
        }
    }

    /** The step's descriptor. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "trace62304Monitor";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.MonitorStep_DisplayName();
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
        public FormValidation doCheckBaselines(@AncestorInPath final Item item, @QueryParameter final String value) {
            FormAccess.checkConfigure(item);
            return value == null || value.isBlank() ? FormValidation.error(Messages.Monitor_BaselinesRequired())
                    : FormValidation.ok();
        }
    }
}
