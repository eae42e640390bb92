package io.trace62304.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.GateSummary;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.gate.ApprovalSettings;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Level;
import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.Verdict;
import io.trace62304.report.Sha256;
import io.trace62304.signature.BaselineSigner;
import io.trace62304.signature.SignatureSetCodec;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.TrustPolicy;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.TestPki;
import io.trace62304.testing.TestPki.Identity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release check after the gate (rule release-approved): a sealed release at Class B needs a valid approval
 * bound to its digest under the policy that gated it; right key, wrong key, tampered record, swapped approval,
 * two-person rule, a CI run, another policy, inputs that cannot be read.
 */
class ReleaseCheckTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final ReleaseIdentity RELEASE =
            new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example:pump", "1.4.0");

    @TempDir
    Path temp;

    private final Policy defaults = new PolicyLoader().defaults();
    private final TestPki authority = TestPki.authority("Pump QA CA");
    private final Identity qa = authority.issue("Jane Doe");
    private final Identity builder = authority.issue("Bob Builder");
    private Optional<TrustPolicy> trust;

    @BeforeEach
    void trust() {
        trust = Optional.of(new TrustPolicy(
                "trust.pem", List.of(authority.authorityIdentity().certificate()), List.of()));
    }

    private Path seal(final String name, final ReleaseIdentity identity, final String verdict, final String buildId)
            throws Exception {
        return seal(name, identity, verdict, buildId, "B");
    }

    private Path seal(
            final String name,
            final ReleaseIdentity identity,
            final String verdict,
            final String buildId,
            final String safetyClass)
            throws Exception {
        byte[] jar = "the pump's firmware".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(temp.resolve("pump.jar"), jar);
        BuildInfo build = new BuildInfo(
                "pump",
                buildId,
                "",
                BaselineBuilder.IDENTIFIED.revisions(),
                List.of(new BuildInfo.Artifact("pump.jar", Sha256.of(jar), jar.length)),
                List.of(),
                identity);
        Baseline baseline = BaselineBuilder.baseline()
                .build(build)
                .items(BaselineBuilder.softwareItem("PUMP-1", safetyClass))
                .assemble()
                .withGate(new GateSummary(
                        verdict, defaults.name() + " (built-in defaults)", defaults.sha256(), List.of(), List.of()));
        BaselineCodec codec = new BaselineCodec();
        Path file = temp.resolve(name);
        codec.write(codec.seal(baseline), file);
        return file;
    }

    private Path release() throws Exception {
        return seal("baseline.json", RELEASE, "PASS", "42");
    }

    private Path approve(final Path baseline, final Identity identity, final String signerId, final String file)
            throws Exception {
        Path approvals = temp.resolve(file);
        ApprovalFiles.append(
                approvals,
                new Approver(new SigningKey(identity.key(), identity.chain()))
                        .approve(baseline, Meaning.APPROVAL, signerId, "released to manufacturing", NOW));
        return approvals;
    }

    private ReleaseCheck.Result check(final Policy policy, final Path baseline, final Path... approvals) {
        return check(policy, baseline, List.of(), Optional.empty(), approvals);
    }

    private ReleaseCheck.Result check(
            final Policy policy,
            final Path baseline,
            final List<String> notBy,
            final Optional<Path> signatures,
            final Path... approvals) {
        return new ReleaseCheck(policy, trust)
                .check(new ReleaseCheck.Request(baseline, Arrays.asList(approvals), signatures, notBy, false));
    }

    private Policy policy(final String yaml) throws Exception {
        Path file = temp.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return new PolicyLoader().load(file);
    }

    private static List<String> messages(final ReleaseCheck.Result result) {
        return result.findings().stream().map(Finding::message).toList();
    }

    @Test
    void shouldPassAReleaseApprovedWithATrustedKey() throws Exception {
        Path baseline = release();
        ReleaseCheck.Result result = check(defaults, baseline, approve(baseline, qa, "jdoe", "approvals.json"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.requirement()).isEqualTo("approval (meanings: approval) of a release at Class B or C");
        assertThat(result.subject()).isEqualTo("release 1.4.0 of com.example:pump (pump #42), Class B");
        assertThat(result.approved())
                .singleElement()
                .asString()
                .startsWith("signature: Jane Doe (jdoe) signed for approval on 2026-12-04T10:00:00Z (UTC)");
    }

    @Test
    void shouldFailAReleaseWithoutApproval() throws Exception {
        ReleaseCheck.Result result = check(defaults, release());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("release-approved");
            assertThat(f.citation()).startsWith("QMS criterion").contains("21 CFR 11.50");
            assertThat(f.message())
                    .isEqualTo(
                            "the release needs an approval of meaning 'approval' bound to this baseline (from a source the policy accepts: [signature]), and has none");
        });
    }

    @Test
    void shouldFailAnApprovalSignedWithAnUntrustedKey() throws Exception {
        Path baseline = release();
        Identity stranger = TestPki.authority("Elsewhere").issue("Jane Doe");

        ReleaseCheck.Result result = check(defaults, baseline, approve(baseline, stranger, "jdoe", "approvals.json"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(result)).anyMatch(m -> m.contains("the signer CN=Jane Doe does not chain"));
        assertThat(result.approved()).isEmpty();
    }

    @Test
    void shouldFailATamperedApprovalRecord() throws Exception {
        Path baseline = release();
        Path approvals = approve(baseline, qa, "jdoe", "approvals.json");
        Files.writeString(approvals, Files.readString(approvals).replace("\"jdoe\"", "\"jroe\""));

        ReleaseCheck.Result result = check(defaults, baseline, approvals);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(result)).anyMatch(m -> m.contains("the record was changed after it was signed"));
    }

    @Test
    void shouldFailABaselineChangedAfterItsApproval() throws Exception {
        Path baseline = release();
        Path approvals = approve(baseline, qa, "jdoe", "approvals.json");
        Files.writeString(baseline, Files.readString(baseline).replace("\"1.4.0\"", "\"1.4.1\""));

        ReleaseCheck.Result result = check(defaults, baseline, approvals);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(result)).anyMatch(m -> m.contains("the baseline was changed after it was sealed"));
    }

    @Test
    void shouldFailAnApprovalOfAnotherBaseline() throws Exception {
        Path baseline = release();
        Path other = seal("other.json", RELEASE, "PASS", "43");

        ReleaseCheck.Result result = check(defaults, baseline, approve(other, qa, "jdoe", "approvals.json"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(result))
                .anyMatch(m -> m.contains("an approval cannot be moved to another record"))
                .contains(
                        "the release needs an approval of meaning 'approval' bound to this baseline (from a source the policy accepts: [signature]), and has none");
    }

    @Test
    void shouldApplyTheTwoPersonRuleThePolicyAsks() throws Exception {
        Policy twoPerson = policy("approval: {twoPerson: true}\n");
        Path baseline = seal("baseline.json", RELEASE, "PASS", "42");
        // the baseline is gated by the defaults; a baseline gated by this policy records its digest
        Baseline content = new BaselineCodec().read(baseline).baseline();
        BaselineCodec codec = new BaselineCodec();
        codec.write(
                codec.seal(content.withGate(
                        new GateSummary("PASS", twoPerson.name(), twoPerson.sha256(), List.of(), List.of()))),
                baseline);
        Path byBuilder = approve(baseline, builder, "bob", "by-builder.json");

        ReleaseCheck.Result violated = check(twoPerson, baseline, List.of("bob"), Optional.empty(), byBuilder);
        assertThat(violated.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(violated))
                .containsExactly(
                        "two-person rule: the approval by bob does not count: the approver built or authored this release",
                        "the release needs an approval of meaning 'approval' bound to this baseline (from a source the policy accepts: [signature]), and has none");

        Path signatures = temp.resolve("signatures.json");
        Files.write(
                signatures,
                new SignatureSetCodec()
                        .bytes(new BaselineSigner(new SigningKey(builder.key(), builder.chain()))
                                .sign(baseline, temp, NOW)));
        assertThat(messages(check(twoPerson, baseline, List.of(), Optional.of(signatures), byBuilder)))
                .anyMatch(m -> m.endsWith("it is signed with the key that signed the baseline"));

        ReleaseCheck.Result undecidable = check(twoPerson, baseline, byBuilder);
        assertThat(undecidable.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(messages(undecidable))
                .singleElement()
                .asString()
                .startsWith("the two-person rule cannot be checked");

        Path byQa = approve(baseline, qa, "jdoe", "by-qa.json");
        ReleaseCheck.Result approved =
                check(twoPerson, baseline, List.of("bob"), Optional.of(signatures), byBuilder, byQa);
        assertThat(approved.verdict()).isEqualTo(Verdict.PASS);
        assertThat(approved.findings()) // the builder's own approval is still reported
                .extracting(Finding::level, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Level.WARNING,
                        "two-person rule: the approval by bob does not count: the approver built or authored this "
                                + "release"));
    }

    @Test
    void shouldNotRequireAnApprovalOfACiRunOrAtClassA() throws Exception {
        Path ciRun = seal("ci.json", ReleaseIdentity.CI_RUN, "PASS", "41");

        ReleaseCheck.Result result = check(defaults, ciRun);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.requirement())
                .isEqualTo("no approval required of a CI run at Class B (approval (meanings: approval) of a release "
                        + "at Class B or C)");
        assertThat(check(defaults, seal("a.json", RELEASE, "PASS", "43", "A")).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(check(defaults, seal("c.json", RELEASE, "PASS", "44", "C")).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void shouldRefuseToCheckAgainstAnotherPolicyThanTheGatesOwn() throws Exception {
        Path baseline = release();
        Policy lax = policy("approval: {meanings: []}\n");

        ReleaseCheck.Result result = check(lax, baseline);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(messages(result))
                .singleElement()
                .asString()
                .startsWith("the baseline's gate was decided by policy IEC 62304 class defaults (built-in defaults)")
                .endsWith("check the release against the policy that gated it");
    }

    @Test
    void shouldFailABaselineWhoseGateFailedEvenWhenApproved() throws Exception {
        Path baseline = seal("baseline.json", RELEASE, "FAIL", "42");

        ReleaseCheck.Result result = check(defaults, baseline, approve(baseline, qa, "jdoe", "approvals.json"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(result))
                .containsExactly("the gate verdict sealed in the baseline is FAIL: an approval does not release a "
                        + "build that failed its gate");
    }

    @Test
    void shouldNotDecideWithoutTrustOrReadableInputs() throws Exception {
        Path baseline = release();
        Path approvals = approve(baseline, qa, "jdoe", "approvals.json");

        trust = Optional.empty();
        assertThat(check(defaults, baseline, approvals).verdict()).isEqualTo(Verdict.ERROR);
        trust();
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"trace62304-approvals/1\", ");
        ReleaseCheck.Result unreadable = check(defaults, baseline, approvals, broken);
        assertThat(unreadable.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(unreadable.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(broken.toString()));
        assertThat(check(defaults, temp.resolve("missing.json")).verdict()).isEqualTo(Verdict.ERROR);
    }

    private Path gatedBy(final Policy policy, final Path baseline) throws Exception {
        BaselineCodec codec = new BaselineCodec();
        Baseline content = codec.read(baseline).baseline();
        codec.write(
                codec.seal(content.withGate(
                        new GateSummary("PASS", policy.name(), policy.sha256(), List.of(), List.of()))),
                baseline);
        return baseline;
    }

    private static RecordedApprovals inJira(final String digest, final String who) {
        return new RecordedApprovals(
                List.of(new RecordedApproval(
                        "Jira https://example.atlassian.net MED-9",
                        "jira",
                        digest,
                        Meaning.APPROVAL,
                        who,
                        "Jane Doe",
                        NOW)),
                List.of(),
                List.of());
    }

    private ReleaseCheck.Result check(final Policy policy, final Path baseline, final RecordedApprovals recorded) {
        return new ReleaseCheck(policy, Optional.empty())
                .check(new ReleaseCheck.Request(
                        baseline, List.of(), recorded, Optional.empty(), List.of("bob"), false));
    }

    @Test
    void shouldPassAReleaseApprovedInJiraWhereThePolicyAcceptsIt() throws Exception {
        Policy jira = policy("approval: {sources: [signature, jira], twoPerson: true}\n");
        Path baseline = gatedBy(jira, release());
        String digest = new BaselineCodec().read(baseline).digest();

        ReleaseCheck.Result result = check(jira, baseline, inJira(digest, "u-jane"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.approved())
                .containsExactly("recorded: Jane Doe (u-jane) recorded approval on 2026-12-04T10:00:00Z (UTC) in Jira "
                        + "https://example.atlassian.net MED-9: baseline " + digest);

        ReleaseCheck.Result byBuilder = check(jira, baseline, inJira(digest, "bob"));
        assertThat(byBuilder.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(byBuilder.findings()).extracting(Finding::level).containsExactly(Level.WARNING, Level.FAIL);
    }

    @Test
    void shouldRefuseAJiraApprovalTheDefaultsDoNotAcceptOrOfAnotherBaseline() throws Exception {
        Path baseline = release();
        String digest = new BaselineCodec().read(baseline).digest();

        assertThat(messages(check(defaults, baseline, inJira(digest, "u-jane"))))
                .contains("Jira https://example.atlassian.net MED-9: the policy does not accept approvals recorded in "
                        + "jira (approval.sources: [signature])");

        Policy jira = policy("approval: {sources: [jira]}\n");
        gatedBy(jira, baseline);
        ReleaseCheck.Result other = check(jira, baseline, inJira(digest, "u-jane"));
        assertThat(other.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(messages(other))
                .anyMatch(m -> m.endsWith("an approval cannot be moved to another record"))
                .anyMatch(m -> m.startsWith("the release needs an approval of meaning 'approval'"));
        assertThat(check(jira, baseline, new RecordedApprovals(List.of(), List.of(), List.of("MED-9: 503")))
                        .verdict())
                .isEqualTo(Verdict.ERROR);
        assertThat(check(
                                jira,
                                baseline,
                                new RecordedApprovals(List.of(), List.of("MED-9 is in status 'Draft'"), List.of()))
                        .findings())
                .extracting(Finding::message)
                .contains("MED-9 is in status 'Draft'");
    }

    @Test
    void shouldKnowTheMeaningsOfAnApproval() {
        assertThat(Arrays.stream(Meaning.values()).map(Meaning::id).toList()).isEqualTo(ApprovalSettings.MEANINGS);
    }
}
