package io.trace62304.cli;

import io.trace62304.approval.ApprovalFiles;
import io.trace62304.approval.Approver;
import io.trace62304.approval.Meaning;
import io.trace62304.approval.SignedApproval;
import io.trace62304.report.ReportException;
import io.trace62304.signature.SignatureException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 approve}: a signed approval bound to a baseline's digest (21 CFR 11.50, 11.70). */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = {
            "Signs an approval of a baseline: who (the signer's identity and the name in the key's certificate), "
                    + "the meaning, the UTC time, bound to the baseline's digest.",
            "Exit codes: 0 approved; 1 the baseline does not verify; 2 usage or key error."
        })
final class ApproveCommand implements Callable<Integer> {
    static final int REFUSED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BASELINE")
    private Path baseline;

    @Option(
            names = "--meaning",
            required = true,
            paramLabel = "MEANING",
            description = "review, approval or responsibility.")
    private Meaning meaning;

    @Option(
            names = "--signer",
            required = true,
            paramLabel = "ID",
            description = "The identity the signer is known by (Jenkins or Jira user id).")
    private String signer;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What the signer adds to the record.")
    private String comment = "";

    @Mixin
    private KeyOptions key;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "The approvals file to add to (default: approvals.json next to the baseline).")
    private Path out;

    @Override
    public Integer call() throws IOException, ReportException {
        SignedApproval approval;
        try {
            approval = new Approver(key.load()).approve(baseline, meaning, signer, comment, Instant.now());
        } catch (SignatureException e) {
            spec.commandLine().getErr().println("trace62304: " + e.getMessage());
            return REFUSED;
        }
        Path target = out != null ? out : baseline.toAbsolutePath().resolveSibling("approvals.json");
        ApprovalFiles.append(target, approval);
        spec.commandLine().getOut().println(approval.approval().manifestation());
        spec.commandLine().getOut().println("approval " + approval.digest() + " added to " + target);
        return Trace62304.OK;
    }
}
