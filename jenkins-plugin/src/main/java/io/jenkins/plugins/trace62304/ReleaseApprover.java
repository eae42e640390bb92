package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;

import hudson.AbortException;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.TaskListener;

import io.trace62304.approval.ApprovalFiles;
import io.trace62304.approval.Approver;
import io.trace62304.approval.Meaning;
import io.trace62304.approval.SignedApproval;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.report.ConsoleText;
import io.trace62304.report.ReportException;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.SigningKeys;

/**
 * Signs an approval of the baseline a build's gate kept, as the user who answered the build's last {@code input}
 * (Jenkins records that user, authenticated, as an {@link ApproverAction}; a value the script passes could name
 * anyone), with the key of a certificate credential. The approval goes into {@code approvals.json} beside the
 * kept baseline, which {@code trace62304 archive} and {@code release-check} read.
 */
final class ReleaseApprover {
    /** The meanings a step may give (21 CFR 11.50(a)(3)). */
    static final List<String> MEANINGS = List.of("approval", "review", "responsibility");

    /** Where the approvals of a build's baseline are kept, beside it. */
    static final String APPROVALS = "approvals.json";

    private final Run<?, ?> run;
    private final PrintStream log;

    ReleaseApprover(final Run<?, ?> run, final TaskListener listener) {
        this.run = run;
        this.log = listener.getLogger();
    }

    Map<String, Object> approve(final String credentialsId, final String meaning, final String comment)
            throws IOException, AbortException {
        List<ApproverAction> answered = run.getActions(ApproverAction.class);
        if (answered.isEmpty()) {
            throw new AbortException(Messages.Approve_NoInput());
        }
        String approver = answered.get(answered.size() - 1).getUserId();
        File directory = new File(run.getRootDir(), GateRunner.DIRECTORY);
        Path baseline = new File(directory, ReleaseOutputs.BASELINE).toPath();
        if (!Files.isRegularFile(baseline)) {
            throw new AbortException(Messages.Approve_NoBaseline());
        }
        Meaning parsed = meaning(meaning);
        SignedApproval approval;
        try {
            approval = new Approver(key(credentialsId)).approve(baseline, parsed, approver, comment, Instant.now());
            ApprovalFiles.append(new File(directory, APPROVALS).toPath(), approval);
        }
        catch (ReportException | SignatureException e) {
            throw new AbortException(Messages.Approve_Refused(e.getMessage()));
        }
        log.println("[Trace62304] " + ConsoleText.line(approval.approval().manifestation()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("digest", approval.approval().baselineDigest());
        result.put("signer", approver);
        result.put("name", approval.approval().signerName());
        result.put("meaning", parsed.id());
        result.put("time", approval.approval().time().toString());
        result.put("record", approval.digest());
        Cause.UserIdCause started = run.getCause(Cause.UserIdCause.class);
        result.put("startedBy", started == null || started.getUserId() == null ? "" : started.getUserId());
        return result;
    }

    private static Meaning meaning(final String meaning) throws AbortException {
        if (!MEANINGS.contains(meaning)) {
            throw new AbortException(Messages.Approve_BadMeaning(meaning, String.join(", ", MEANINGS)));
        }
        return Meaning.valueOf(meaning.toUpperCase(Locale.ROOT));
    }

    /** The key of the certificate credential, as this run may use it. */
    private SigningKey key(final String credentialsId) throws AbortException, SignatureException {
        StandardCertificateCredentials credentials = CredentialsProvider.findCredentialById(credentialsId,
                StandardCertificateCredentials.class, run);
        if (credentials == null) {
            throw new AbortException(Messages.Approve_NoCredentials(credentialsId));
        }
        return SigningKeys.fromKeyStore("credentials " + credentialsId, credentials.getKeyStore(),
                credentials.getPassword().getPlainText().toCharArray());
    }
}
