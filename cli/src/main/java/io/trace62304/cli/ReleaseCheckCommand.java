package io.trace62304.cli;

import io.trace62304.approval.RecordedApprovals;
import io.trace62304.approval.ReleaseCheck;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.jira.JiraApprovals;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.report.ReportException;
import io.trace62304.signature.TrustPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trace62304 release-check}: the second step of a release, after the gate and the approvals (rule
 * release-approved): the sealed baseline, its approvals and the policy that gated it.
 */
@Command(
        name = "release-check",
        mixinStandardHelpOptions = true,
        description = {
            "Decides whether a sealed baseline may be released: it is intact, was gated by --policy (the same "
                    + "file; without it the built-in defaults) with a PASS, every approval given holds, and the "
                    + "approvals the policy's 'approval' section asks of its kind and class are there.",
            "Exit codes: 0 pass; 1 not approved, or a record that does not hold; 2 usage error or invalid policy; "
                    + "3 cannot decide (an input unreadable, another policy, no trust file, a two-person rule "
                    + "without the builder's identity)."
        })
final class ReleaseCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BASELINE")
    private Path baseline;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy that gated the baseline (default: the built-in defaults).")
    private Path policy;

    @Option(
            names = "--approvals",
            paramLabel = "FILE",
            description = "An approvals file written by 'trace62304 approve' (repeatable).")
    private List<Path> approvals = new ArrayList<>();

    @Option(
            names = "--trust",
            paramLabel = "FILE",
            description = "PEM certificates whose signers may sign and approve: signers' certificates or their CAs.")
    private Path trust;

    @Option(
            names = "--signer",
            paramLabel = "NAME",
            description = "A signer the policy accepts: sha256:FINGERPRINT of the certificate, or its subject "
                    + "name (repeatable; default: any the trust file trusts).")
    private List<String> signers = new ArrayList<>();

    @Option(
            names = "--signatures",
            paramLabel = "FILE",
            description = "The baseline's signatures ('trace62304 sign'): they must hold, and under the two-person "
                    + "rule their signer may not approve.")
    private Path signatures;

    @Option(
            names = "--not-by",
            paramLabel = "ID",
            description = "An identity that built or authored the release and may not approve it (repeatable).")
    private List<String> notBy = new ArrayList<>();

    @Option(names = "--two-person", description = "Apply the two-person rule even when the policy does not ask it.")
    private boolean twoPerson;

    @Mixin
    private JiraOptions jira = new JiraOptions();

    @Option(
            names = "--jira-approval",
            paramLabel = "KEY",
            description = "The release's approval issue in Jira (the Software System item): who moved it to Approved "
                    + "while its Release Baseline named this baseline (repeatable; needs --jira and a policy whose "
                    + "approval.sources accepts jira).")
    private List<String> jiraApprovals = new ArrayList<>();

    @Override
    public Integer call() throws ReportException, IOException, SiteAddressException {
        Policy loaded = policy == null ? new PolicyLoader().defaults() : new PolicyLoader().load(policy);
        Optional<TrustPolicy> trusted =
                trust == null ? Optional.empty() : Optional.of(TrustPolicy.read(trust, signers));
        ReleaseCheck.Result result = new ReleaseCheck(loaded, trusted)
                .check(new ReleaseCheck.Request(
                        baseline, approvals, recorded(), Optional.ofNullable(signatures), notBy, twoPerson));
        PrintWriter out = spec.commandLine().getOut();
        out.println("IEC 62304 release check: " + result.verdict()
                + (result.subject().isEmpty() ? "" : " - " + result.subject()));
        if (!result.requirement().isEmpty()) {
            out.println("requires: " + result.requirement());
        }
        result.approved().forEach(out::println);
        for (Finding finding : result.findings()) {
            out.println(finding.level() + " " + finding.rule() + " [" + finding.citation() + "] " + finding.item()
                    + ": " + finding.message());
        }
        return switch (result.verdict()) {
            case PASS -> Trace62304.OK;
            case FAIL -> GateCommand.FAILED;
            case ERROR -> GateCommand.UNDECIDABLE;
        };
    }

    /** The approvals Jira records, read only when asked for; a site that cannot be reached cannot decide. */
    private RecordedApprovals recorded() throws IOException, SiteAddressException {
        if (jiraApprovals.isEmpty()) {
            return RecordedApprovals.NONE;
        }
        if (!jira.isSet()) {
            throw new ParameterException(spec.commandLine(), "--jira-approval needs --jira (and --jira-user)");
        }
        try {
            return new JiraApprovals(jira.connect(spec.commandLine().getErr()::println)).read(jiraApprovals);
        } catch (JiraException e) {
            return new RecordedApprovals(List.of(), List.of(), List.of("cannot connect to Jira: " + e.getMessage()));
        }
    }
}
