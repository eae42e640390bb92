package io.trace62304.approval;

import io.trace62304.approval.ApprovalCodec.ApprovalFile;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.report.ReportException;
import io.trace62304.signature.DetachedSignatureVerifier;
import io.trace62304.signature.SignatureCheck;
import io.trace62304.signature.TrustPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the approvals of a baseline (11.70: linked to their record): each is for this baseline's digest, its
 * record has the digest it was signed under, the signature is valid over that digest by a trusted signer whose
 * certificate, printed name and signing time are the ones the record states; then that the release has what
 * {@link ApprovalRequirement} asks. The baseline itself is checked by {@code BaselineVerifier}.
 */
public final class ApprovalVerifier {
    private final ApprovalCodec codec = new ApprovalCodec();
    private final DetachedSignatureVerifier signatures = new DetachedSignatureVerifier();
    private final TrustPolicy trust;

    public ApprovalVerifier(final TrustPolicy trust) {
        this.trust = trust;
    }

    /**
     * What checking found: the approvals that hold, the problems, the inputs that could not be read (so that a
     * caller that must decide can tell "not approved" from "cannot tell"), and the valid approvals that do not
     * count under the two-person rule, with why.
     */
    public record Result(
            List<SignedApproval> valid,
            List<String> problems,
            List<String> unreadable,
            List<String> notCounted,
            List<SignedApproval> counted) {
        public Result {
            valid = List.copyOf(valid);
            problems = List.copyOf(problems);
            unreadable = List.copyOf(unreadable);
            notCounted = List.copyOf(notCounted);
            counted = List.copyOf(counted);
        }

        public Result(final List<SignedApproval> valid, final List<String> problems) {
            this(valid, problems, List.of(), List.of(), valid);
        }
    }

    /**
     * @param baselineSigner the certificate fingerprint that signed the baseline, for the two-person rule
     */
    public Result verify(
            final Path baselineFile,
            final Path approvalsFile,
            final ApprovalRequirement requirement,
            final Optional<String> baselineSigner) {
        Result result = verify(baselineFile, List.of(approvalsFile), requirement, baselineSigner);
        List<String> problems = new ArrayList<>(result.unreadable());
        problems.addAll(result.notCounted());
        problems.addAll(result.problems());
        return new Result(result.valid(), problems);
    }

    /** The approvals of several files (e.g. one per approver) together. */
    public Result verify(
            final Path baselineFile,
            final List<Path> approvalsFiles,
            final ApprovalRequirement requirement,
            final Optional<String> baselineSigner) {
        List<String> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<SignedApproval> valid = new ArrayList<>();
        SealedBaseline sealed;
        try {
            sealed = new BaselineCodec().read(baselineFile);
        } catch (ReportException e) {
            return new Result(List.of(), List.of(), List.of(e.getMessage()), List.of(), List.of());
        }
        for (Path approvalsFile : approvalsFiles) {
            try {
                ApprovalFile file = codec.read(approvalsFile);
                if (!file.baselineDigest().equals(sealed.digest())) {
                    problems.add(approvalsFile + ": the approvals file is for baseline " + file.baselineDigest()
                            + ", not for " + sealed.digest());
                }
                for (SignedApproval approval : file.approvals()) {
                    List<String> found = check(approval, sealed.digest());
                    found.forEach(problem -> problems.add(approvalsFile + ": " + problem));
                    if (found.isEmpty()) {
                        valid.add(approval);
                    }
                }
            } catch (ReportException e) {
                unreadable.add(e.getMessage());
            }
        }
        List<String> notCounted = new ArrayList<>();
        List<SignedApproval> counted = new ArrayList<>();
        Set<Meaning> met = EnumSet.noneOf(Meaning.class);
        for (SignedApproval signed : valid) {
            Optional<String> why = whyNotCounted(signed.approval(), requirement, baselineSigner);
            why.ifPresent(notCounted::add);
            if (why.isEmpty()) {
                counted.add(signed);
                met.add(signed.approval().meaning());
            }
        }
        requirement.meanings().stream()
                .filter(meaning -> !met.contains(meaning))
                .sorted()
                .forEach(meaning -> problems.add("the release needs a valid '" + meaning.id()
                        + "' signature bound to this baseline, and has none"));
        return new Result(valid, problems, unreadable, notCounted, counted);
    }

    private List<String> check(final SignedApproval signed, final String baselineDigest) {
        Approval approval = signed.approval();
        String who = "the " + approval.meaning().id() + " by " + approval.signerId();
        List<String> problems = new ArrayList<>();
        if (!approval.baselineDigest().equals(baselineDigest)) {
            problems.add(who + " is for baseline " + approval.baselineDigest() + ", not for " + baselineDigest
                    + ": an approval cannot be moved to another record");
        }
        String digest = codec.digestOf(approval);
        if (!digest.equals(signed.digest())) {
            problems.add(who + ": the record was changed after it was signed (digest " + digest + ", recorded "
                    + signed.digest() + ")");
        }
        SignatureCheck check = signatures.verify(signed.cms(), digest);
        check.problems().forEach(problem -> problems.add(who + ": " + problem));
        if (check.isValid()) {
            trust.check(check).forEach(problem -> problems.add(who + ": " + problem));
            String certificate = TrustPolicy.fingerprint(check.signer().orElseThrow());
            if (!certificate.equals(approval.certificate())) {
                problems.add(who + ": signed with certificate " + certificate + ", the record names "
                        + approval.certificate());
            }
            String name = Approver.commonName(
                    check.signer().orElseThrow().getSubjectX500Principal().getName());
            if (!name.equals(approval.signerName())) {
                problems.add(
                        who + ": the printed name '" + approval.signerName() + "' is not the signer's '" + name + "'");
            }
            if (!check.signingTime().map(approval.time()::equals).orElse(false)) {
                problems.add(who + ": signed at "
                        + check.signingTime().map(Object::toString).orElse("no time") + ", the record says "
                        + approval.time());
            }
        }
        return problems;
    }

    private static Optional<String> whyNotCounted(
            final Approval approval, final ApprovalRequirement requirement, final Optional<String> baselineSigner) {
        Optional<String> excluded = requirement.excludes(approval.meaning(), approval.signerId());
        if (excluded.isPresent() || !requirement.twoPerson()) {
            return excluded;
        }
        if (baselineSigner.filter(approval.certificate()::equals).isPresent()) {
            return Optional.of("two-person rule: the " + approval.meaning().id() + " by " + approval.signerId()
                    + " does not count: it is signed with the key that signed the baseline");
        }
        return Optional.empty();
    }
}
