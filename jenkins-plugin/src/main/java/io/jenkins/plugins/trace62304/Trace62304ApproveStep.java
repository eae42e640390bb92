package io.jenkins.plugins.trace62304;

import java.io.Serial;
import java.util.List;
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

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.util.ListBoxModel;

/**
 * {@code trace62304Approve}: after an {@code input}, signs an approval of the baseline this build's gate sealed, as
 * the Jenkins user who answered the input (21 CFR 11.50, 11.70 in spirit), with a certificate credential's key.
 * E.g. {@code input message: 'Release 1.4.0?', submitter: 'qa'} then
 * {@code def approval = trace62304Approve(credentialsId: 'qa-release-key', meaning: 'approval')}. Returns
 * {@code digest} (the approved baseline), {@code signer}, {@code meaning}, {@code time} and {@code record} (the
 * approval's own digest). The logic is {@link ReleaseApprover}'s and shared-model's; this is the step's glue.
 */
public final class Trace62304ApproveStep extends Step {
    private final String credentialsId;
    private String meaning = "approval";
    private String comment = "";

    @DataBoundConstructor
    public Trace62304ApproveStep(final String credentialsId) {
        super();
        this.credentialsId = Util.fixNull(credentialsId).trim();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getMeaning() {
        return meaning;
    }

    @DataBoundSetter
    public void setMeaning(final String meaning) {
        this.meaning = Util.fixNull(meaning).trim();
    }

    public String getComment() {
        return comment;
    }

    @DataBoundSetter
    public void setComment(final String comment) {
        this.comment = Util.fixNull(comment).trim();
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new Execution(context, credentialsId, meaning, comment);
    }

    /** Runs off the CPS thread: reads the stored baseline and signs on the controller. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String credentialsId;
        private final String meaning;
        private final String comment;

        Execution(final StepContext context, final String credentialsId, final String meaning, final String comment) {
            super(context);
            this.credentialsId = credentialsId;
            this.meaning = meaning;
            this.comment = comment;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return new ReleaseApprover(context.get(Run.class), context.get(TaskListener.class))
                    .approve(credentialsId, meaning, comment);
        }
    }

    /** The step's descriptor. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "trace62304Approve";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Approve_DisplayName();
        }

        /** Certificate credentials (PKCS#12 keystores) the job can use. */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath final Item item,
                @QueryParameter final String credentialsId) {
            FormAccess.checkConfigure(item);
            return new StandardListBoxModel().includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, item,
                    StandardCertificateCredentials.class, List.of(), CredentialsMatchers.always())
                    .includeCurrentValue(Util.fixNull(credentialsId));
        }

        @POST
        public ListBoxModel doFillMeaningItems(@AncestorInPath final Item item) {
            FormAccess.checkConfigure(item);
            ListBoxModel meanings = new ListBoxModel();
            for (String meaning : ReleaseApprover.MEANINGS) {
                meanings.add(meaning);
            }
            return meanings;
        }
    }
}
