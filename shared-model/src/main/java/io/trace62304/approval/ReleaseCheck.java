package io.trace62304.approval;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.GateSummary;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.gate.ApprovalSettings;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Level;
import io.trace62304.gate.Policy;
import io.trace62304.gate.Verdict;
import io.trace62304.item.SafetyClass;
import io.trace62304.report.ReportException;
import io.trace62304.signature.BaselineSignatureVerifier;
import io.trace62304.signature.TrustPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The second step of a release (rule {@value ApprovalSettings#RULE}): a sealed baseline and its approvals, against
 * the policy that decided its gate. The gate that seals a baseline cannot hold the baseline's approval (the approval
 * signs the digest, the verdict is inside it), so whether a release is approved is decided here, after the gate and
 * after the approvers signed, with the gate's own answers: PASS, FAIL (not approved, or a record that does not
 * hold) or ERROR (cannot decide: fails closed).
 *
 * <p>It passes only when the baseline is intact, was decided by this very policy (so a laxer policy cannot be
 * given here), its sealed gate verdict is PASS, every approval given holds, and the approvals the policy's
 * {@code approval} section asks for this kind of baseline at its class are there, under the two-person rule where
 * the policy asks it.
 */
public final class ReleaseCheck {
    private final Policy policy;
    private final Optional<TrustPolicy> trust;

    /** @param trust whose signatures count; without it no approval can be checked */
    public ReleaseCheck(final Policy policy, final Optional<TrustPolicy> trust) {
        this.policy = policy;
        this.trust = trust;
    }

    /**
     * What to check.
     *
     * @param baseline   the sealed baseline
     * @param approvals  approvals files ({@code trace62304 approve}), any number
     * @param recorded   approvals a system of record holds (Jira), where the policy accepts them
     * @param signatures the baseline's signatures ({@code trace62304 sign}), when given: they must hold, and their
     *                   signer may not approve under the two-person rule
     * @param notBy      the identities that built or authored the release (two-person rule)
     * @param twoPerson  the two-person rule even when the policy does not ask it
     */
    public record Request(
            Path baseline,
            List<Path> approvals,
            RecordedApprovals recorded,
            Optional<Path> signatures,
            List<String> notBy,
            boolean twoPerson) {
        public Request {
            approvals = List.copyOf(approvals);
            Objects.requireNonNull(recorded);
            notBy = List.copyOf(notBy);
        }

        /** Signed approvals only. */
        public Request(
                final Path baseline,
                final List<Path> approvals,
                final Optional<Path> signatures,
                final List<String> notBy,
                final boolean twoPerson) {
            this(baseline, approvals, RecordedApprovals.NONE, signatures, notBy, twoPerson);
        }
    }

    /**
     * The answer: the verdict, whether the policy required approvals of this baseline (and what, in words), the
     * findings and each approval that holds in words (its manifestation, 11.50: {@code signature: …} or
     * {@code recorded: …}).
     */
    public record Result(
            Verdict verdict, String subject, String requirement, List<Finding> findings, List<String> approved) {
        public Result {
            findings = List.copyOf(findings);
            approved = List.copyOf(approved);
        }
    }

    public Result check(final Request request) {
        Findings findings = new Findings();
        SealedBaseline sealed;
        try {
            sealed = new BaselineCodec().read(request.baseline());
        } catch (ReportException e) {
            findings.error("baseline", "a readable sealed baseline", e.getMessage());
            return findings.result("", "", List.of());
        }
        new BaselineVerifier()
                .verify(request.baseline(), Optional.empty())
                .forEach(problem -> findings.fail("baseline", "an intact sealed baseline", problem));
        GateSummary gate = sealed.baseline().gate();
        if (!gate.policySha256().equals(policy.sha256())) {
            findings.error(
                    "policy",
                    "the policy that decided the gate",
                    "the baseline's gate was decided by policy " + gate.policy() + " (sha256 " + gate.policySha256()
                            + "), not by " + policy.source() + " (sha256 " + policy.sha256()
                            + "): check the release against the policy that gated it");
        }
        if (!Verdict.PASS.name().equals(gate.verdict())) {
            findings.fail(
                    "gate",
                    "a passing gate verdict",
                    "the gate verdict sealed in the baseline is "
                            + (gate.verdict().isEmpty() ? "missing" : gate.verdict())
                            + ": an approval does not release a build that failed its gate");
        }
        ReleaseIdentity.Kind kind = sealed.baseline().build().release().kind();
        SafetyClass systemClass = sealed.baseline().systemClass();
        ApprovalSettings settings = policy.approval();
        boolean required = settings.requiredFor(kind, systemClass);
        String subject =
                sealed.baseline().build().title() + ", " + policy.profile().name(systemClass);
        String requirement = required
                ? settings.describe()
                : "no approval required of a " + kind + " at "
                        + policy.profile().name(systemClass) + " (" + settings.describe() + ")";
        Optional<String> baselineSigner = signatures(request, findings);
        List<String> approved = approvals(request, required, settings, baselineSigner, sealed.digest(), findings);
        return findings.result(subject, requirement, approved);
    }

    private Optional<String> signatures(final Request request, final Findings findings) {
        if (request.signatures().isEmpty()) {
            return Optional.empty();
        }
        if (trust.isEmpty()) {
            findings.error("signatures", "a trust file", "the baseline's signatures cannot be checked without --trust");
            return Optional.empty();
        }
        BaselineSignatureVerifier verifier = new BaselineSignatureVerifier(trust.get());
        Path file = request.signatures().get();
        verifier.verify(request.baseline(), file).stream()
                .filter(problem -> !problem.startsWith(request.baseline().toString()))
                .forEach(problem -> findings.fail("signatures", "a valid signature of the baseline", problem));
        return verifier.signerOf(file);
    }

    private List<String> approvals(
            final Request request,
            final boolean required,
            final ApprovalSettings settings,
            final Optional<String> baselineSigner,
            final String digest,
            final Findings findings) {
        boolean twoPerson = request.twoPerson() || (required && settings.twoPerson());
        if (twoPerson && request.notBy().isEmpty() && baselineSigner.isEmpty()) {
            findings.error(
                    "two-person rule",
                    "the identities of the builder and the change authors",
                    "the two-person rule cannot be checked: no builder or change author is named (--not-by) and "
                            + "no signature of the baseline is given (--signatures)");
            return List.of();
        }
        ApprovalRequirement requirement = new ApprovalRequirement(Set.of(), twoPerson, request.notBy());
        Set<Meaning> met = EnumSet.noneOf(Meaning.class);
        List<String> shown = new ArrayList<>();
        if (!request.approvals().isEmpty()) {
            signed(request, requirement, baselineSigner, settings, findings, met, shown);
        }
        RecordedApprovals recorded = request.recorded();
        recorded.unreadable().forEach(p -> findings.error("approval", "a readable record of the approval", p));
        recorded.notApproved().forEach(p -> findings.fail("approval", "an approval of this baseline", p));
        for (RecordedApproval approval : recorded.approvals()) {
            if (!settings.sources().contains(approval.sourceKind())) {
                findings.fail(
                        "approval",
                        "an approval from a source the policy accepts",
                        approval.source() + ": the policy does not accept approvals recorded in "
                                + approval.sourceKind() + " (approval.sources: " + settings.sources() + ")");
            } else if (!approval.baselineDigest().equals(digest)) {
                findings.fail(
                        "approval",
                        "an approval of this baseline",
                        approval.source() + " approves baseline " + approval.baselineDigest() + ", not " + digest
                                + ": an approval cannot be moved to another record");
            } else {
                shown.add("recorded: " + approval.manifestation());
                Optional<String> excluded = requirement.excludes(approval.meaning(), approval.signerId());
                excluded.ifPresent(
                        why -> findings.warn("approval", "an approval by someone who did not build it", why));
                if (excluded.isEmpty()) {
                    met.add(approval.meaning());
                }
            }
        }
        if (required) {
            settings.meanings().stream()
                    .map(m -> Meaning.valueOf(m.toUpperCase(Locale.ROOT)))
                    .filter(m -> !met.contains(m))
                    .forEach(m -> findings.fail(
                            "approval",
                            "a valid approval of this baseline",
                            "the release needs an approval of meaning '" + m.id() + "' bound to this baseline "
                                    + "(from a source the policy accepts: " + settings.sources() + "), and has none"));
        }
        return shown;
    }

    private void signed(
            final Request request,
            final ApprovalRequirement requirement,
            final Optional<String> baselineSigner,
            final ApprovalSettings settings,
            final Findings findings,
            final Set<Meaning> met,
            final List<String> shown) {
        if (trust.isEmpty()) {
            findings.error(
                    "approval",
                    "a trust file to check the approvals against",
                    "the approvals cannot be checked without --trust (the certificates whose signers may approve)");
            return;
        }
        ApprovalVerifier.Result result = new ApprovalVerifier(trust.get())
                .verify(request.baseline(), request.approvals(), requirement, baselineSigner);
        result.unreadable().forEach(problem -> findings.error("approval", "a readable approvals file", problem));
        result.notCounted()
                .forEach(problem -> findings.warn("approval", "an approval by someone who did not build it", problem));
        result.problems().forEach(problem -> findings.fail("approval", "a valid approval of this baseline", problem));
        result.valid()
                .forEach(signed -> shown.add("signature: " + signed.approval().manifestation()));
        if (!settings.sources().contains(ApprovalSettings.SIGNATURE)) {
            findings.fail(
                    "approval",
                    "an approval from a source the policy accepts",
                    "the policy does not accept signed approvals (approval.sources: " + settings.sources() + ")");
            return;
        }
        result.counted().forEach(signed -> met.add(signed.approval().meaning()));
    }

    /** The findings of one check, all of rule {@value ApprovalSettings#RULE}. */
    private static final class Findings {
        private final List<Finding> all = new ArrayList<>();

        void error(final String item, final String missing, final String message) {
            all.add(new Finding(ApprovalSettings.RULE, ApprovalSettings.CLAUSE, Level.ERROR, item, missing, message));
        }

        void fail(final String item, final String missing, final String message) {
            all.add(new Finding(ApprovalSettings.RULE, ApprovalSettings.CLAUSE, Level.FAIL, item, missing, message));
        }

        void warn(final String item, final String missing, final String message) {
            all.add(new Finding(ApprovalSettings.RULE, ApprovalSettings.CLAUSE, Level.WARNING, item, missing, message));
        }

        Result result(final String subject, final String requirement, final List<String> approved) {
            Verdict verdict = all.stream().anyMatch(f -> f.level() == Level.ERROR)
                    ? Verdict.ERROR
                    : all.stream().anyMatch(f -> f.level() == Level.FAIL) ? Verdict.FAIL : Verdict.PASS;
            return new Result(verdict, subject, requirement, all, approved);
        }
    }
}
