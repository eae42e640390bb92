package io.trace62304.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.report.ReportException;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.TrustPolicy;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.TestPki;
import io.trace62304.testing.TestPki.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approvals bound to a baseline (21 CFR 11.50/11.70): manifestation, binding, tampering, two-person rule. */
class ApprovalTest {
    private static final Instant NOW = Instant.parse("2026-12-03T13:00:00.750Z");
    private static final ApprovalRequirement APPROVAL_NEEDED =
            new ApprovalRequirement(Set.of(Meaning.APPROVAL), false, List.of());

    @TempDir
    Path temp;

    private final TestPki authority = TestPki.authority("Pump QA CA");
    private final Identity qa = authority.issue("Jane Doe");
    private Path baseline;
    private Path approvals;
    private TrustPolicy trust;

    @BeforeEach
    void writeBaseline() throws Exception {
        baseline = writeBaseline("baseline.json", "42");
        approvals = temp.resolve("approvals.json");
        trust = new TrustPolicy(
                "trust.pem", List.of(authority.authorityIdentity().certificate()), List.of());
    }

    private Path writeBaseline(final String name, final String buildId) throws IOException {
        BuildInfo build =
                new BuildInfo("pump", buildId, "", BaselineBuilder.IDENTIFIED.revisions(), List.of(), List.of());
        BaselineCodec codec = new BaselineCodec();
        Path file = temp.resolve(name);
        codec.write(codec.seal(BaselineBuilder.baseline().build(build).assemble()), file);
        return file;
    }

    private SignedApproval approve(final Identity identity, final Path record, final Meaning meaning, final String id)
            throws Exception {
        SignedApproval approval = new Approver(new SigningKey(identity.key(), identity.chain()))
                .approve(record, meaning, id, "released to manufacturing", NOW);
        ApprovalFiles.append(approvals, approval);
        return approval;
    }

    private ApprovalVerifier.Result verify(final ApprovalRequirement requirement) {
        return new ApprovalVerifier(trust).verify(baseline, approvals, requirement, Optional.empty());
    }

    @Test
    void shouldRecordWhoWhatWhenAndVerify() throws Exception {
        SignedApproval approval = approve(qa, baseline, Meaning.APPROVAL, "jdoe");

        assertThat(approval.approval().manifestation())
                .startsWith("Jane Doe (jdoe) signed for approval on 2026-12-03T13:00:00Z (UTC): build pump #42, gate ")
                .contains("baseline " + new BaselineCodec().read(baseline).digest())
                .endsWith("- \"released to manufacturing\"");
        assertThat(verify(APPROVAL_NEEDED).problems()).isEmpty();
        assertThat(verify(APPROVAL_NEEDED).valid()).containsExactly(approval);
    }

    @Test
    void shouldRequireEachMeaningThePolicyAsks() throws Exception {
        approve(qa, baseline, Meaning.REVIEW, "jdoe");

        assertThat(verify(new ApprovalRequirement(Set.of(Meaning.APPROVAL, Meaning.REVIEW), false, List.of()))
                        .problems())
                .containsExactly("the release needs a valid 'approval' signature bound to this baseline, and has none");
        assertThat(verify(ApprovalRequirement.NONE).problems()).isEmpty();
    }

    @Test
    void shouldRefuseAnApprovalCopiedFromAnotherBaseline() throws Exception {
        Path other = writeBaseline("other.json", "43");
        approve(qa, other, Meaning.APPROVAL, "jdoe");

        assertThat(verify(APPROVAL_NEEDED).problems())
                .anyMatch(p -> p.contains("the approvals file is for baseline"))
                .anyMatch(p -> p.contains("an approval cannot be moved to another record"))
                .contains("the release needs a valid 'approval' signature bound to this baseline, and has none");
    }

    @Test
    void shouldRefuseToAddAnApprovalOfAnotherBaselineToTheFile() throws Exception {
        approve(qa, baseline, Meaning.APPROVAL, "jdoe");
        SignedApproval other = new Approver(new SigningKey(qa.key(), qa.chain()))
                .approve(writeBaseline("other.json", "43"), Meaning.APPROVAL, "jdoe", "", NOW);

        assertThatThrownBy(() -> ApprovalFiles.append(approvals, other))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("holds the approvals of baseline");
    }

    @Test
    void shouldDetectAnEditedMeaningOrSigner() throws Exception {
        approve(qa, baseline, Meaning.REVIEW, "jdoe");
        Files.writeString(approvals, Files.readString(approvals).replace("\"review\"", "\"approval\""));

        assertThat(verify(APPROVAL_NEEDED).problems())
                .anyMatch(p -> p.contains("the record was changed after it was signed"))
                .anyMatch(p -> p.contains("the signature is not over"))
                .contains("the release needs a valid 'approval' signature bound to this baseline, and has none");
    }

    @Test
    void shouldRefuseAnUntrustedApprover() throws Exception {
        approve(TestPki.authority("Elsewhere").issue("Jane Doe"), baseline, Meaning.APPROVAL, "jdoe");

        assertThat(verify(APPROVAL_NEEDED).problems())
                .anyMatch(p -> p.contains("the approval by jdoe: the signer CN=Jane Doe does not chain"));
    }

    @Test
    void shouldApplyTheTwoPersonRule() throws Exception {
        approve(qa, baseline, Meaning.APPROVAL, "builder");
        ApprovalRequirement twoPerson = new ApprovalRequirement(Set.of(Meaning.APPROVAL), true, List.of("builder"));

        assertThat(verify(twoPerson).problems())
                .containsExactly(
                        "two-person rule: the approval by builder does not count: the approver built or authored this release",
                        "the release needs a valid 'approval' signature bound to this baseline, and has none");
        assertThat(new ApprovalVerifier(trust)
                        .verify(
                                baseline,
                                approvals,
                                new ApprovalRequirement(Set.of(Meaning.APPROVAL), true, List.of()),
                                Optional.of(TrustPolicy.fingerprint(qa.certificate())))
                        .problems())
                .first()
                .asString()
                .endsWith("it is signed with the key that signed the baseline");

        approve(authority.issue("John Roe"), baseline, Meaning.APPROVAL, "jroe");
        assertThat(verify(twoPerson).problems()).hasSize(1);
        assertThat(verify(new ApprovalRequirement(Set.of(Meaning.APPROVAL), false, List.of("builder")))
                        .problems())
                .isEmpty();
    }

    @Test
    void shouldNotApproveABaselineThatDoesNotVerify() throws IOException {
        Files.writeString(baseline, Files.readString(baseline).replace("\"42\"", "\"41\""));

        assertThatThrownBy(() -> approve(qa, baseline, Meaning.APPROVAL, "jdoe"))
                .isInstanceOf(SignatureException.class)
                .hasMessageContaining("will not approve a baseline that does not verify");
    }
}
