package io.trace62304.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.report.ReportException;
import io.trace62304.report.Sha256;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.TestPki;
import io.trace62304.testing.TestPki.Identity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing a baseline and its artifacts, and verifying with the right key, a wrong key, tampered digests. */
class BaselineSignatureTest {
    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final Instant NOW = Instant.now();

    @TempDir
    Path temp;

    private final TestPki authority = TestPki.authority("Pump Release CA");
    private final Identity releaser = authority.issue("Pump Release Manager");
    private Path baseline;
    private Path jar;

    @BeforeEach
    void writeBaseline() throws IOException {
        baseline = writeBaseline("baseline.json", "pump-1.4.0.jar", "the shipped bytes");
        jar = temp.resolve("pump-1.4.0.jar");
    }

    private Path writeBaseline(final String name, final String artifact, final String content) throws IOException {
        Path file = Files.writeString(temp.resolve(artifact), content);
        BuildInfo build = new BuildInfo(
                "pump",
                "42",
                "",
                BaselineBuilder.IDENTIFIED.revisions(),
                List.of(new BuildInfo.Artifact(artifact, Sha256.of(file), Files.size(file))),
                List.of());
        BaselineCodec codec = new BaselineCodec();
        Path out = temp.resolve(name);
        codec.write(codec.seal(BaselineBuilder.baseline().build(build).assemble()), out);
        return out;
    }

    private Path sign(final Identity identity) throws Exception {
        SigningKey key = SigningKeys.load(
                TestPki.writePkcs12(identity, temp.resolve("signer.p12"), PASSWORD), Optional.empty(), PASSWORD);
        SignatureSet set = new BaselineSigner(key).sign(baseline, temp, NOW);
        return Files.write(temp.resolve("signatures.json"), new SignatureSetCodec().bytes(set));
    }

    private List<String> verify(final Path signatures, final List<String> signers, final Identity... trusted)
            throws ReportException {
        Path trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"),
                java.util.Arrays.stream(trusted)
                        .map(Identity::certificate)
                        .toArray(java.security.cert.X509Certificate[]::new));
        return new BaselineSignatureVerifier(TrustPolicy.read(trust, signers)).verify(baseline, signatures);
    }

    @Test
    void shouldVerifyASignatureByAKeyTheAuthorityIssued() throws Exception {
        Path signatures = sign(releaser);

        assertThat(verify(signatures, List.of(), authority.authorityIdentity())).isEmpty();
        assertThat(new SignatureSetCodec().read(signatures).subjects())
                .extracting(SignedSubject::kind, SignedSubject::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignedSubject.Kind.BASELINE, "baseline.json"),
                        org.assertj.core.groups.Tuple.tuple(SignedSubject.Kind.ARTIFACT, "pump-1.4.0.jar"));
    }

    @Test
    void shouldVerifyAPinnedSignerFromAPemKey() throws Exception {
        Identity self = TestPki.selfSigned("Pump Release Manager", true);
        SigningKey key =
                SigningKeys.load(TestPki.writePem(self, temp.resolve("key.pem")), Optional.empty(), new char[0]);
        Path signatures = Files.write(
                temp.resolve("signatures.json"),
                new SignatureSetCodec().bytes(new BaselineSigner(key).sign(baseline, temp, NOW)));

        assertThat(verify(signatures, List.of(TrustPolicy.fingerprint(self.certificate())), self))
                .isEmpty();
    }

    @Test
    void shouldRefuseASignerThatDoesNotChainToTheTrustFile() throws Exception {
        Path signatures = sign(TestPki.authority("Someone Else's CA").issue("Pump Release Manager"));

        assertThat(verify(signatures, List.of(), authority.authorityIdentity()))
                .hasSize(2)
                .allMatch(problem -> problem.contains("does not chain to a certificate of the trust file"));
    }

    @Test
    void shouldRefuseATrustedSignerThePolicyDoesNotName() throws Exception {
        Path signatures = sign(authority.issue("A Developer"));

        assertThat(verify(
                        signatures,
                        List.of(TrustPolicy.fingerprint(releaser.certificate()), "CN=Pump Release Manager"),
                        authority.authorityIdentity()))
                .hasSize(2)
                .allMatch(problem ->
                        problem.contains("CN=A Developer") && problem.contains("is not one the policy names"));
        assertThat(verify(signatures, List.of("CN=A Developer"), authority.authorityIdentity()))
                .isEmpty();
    }

    @Test
    void shouldRefuseAnEndEntityCertificateAsAnIssuer() throws Exception {
        Identity self = TestPki.selfSigned("Pump Release Manager", false);
        Path signatures = sign(releaser);

        assertThat(verify(signatures, List.of(), self)).isNotEmpty().allMatch(p -> p.contains("is not a certificate"));
    }

    @Test
    void shouldDetectASignatureMovedToAnotherDigest() throws Exception {
        SignatureSet set = new SignatureSetCodec().read(sign(releaser));
        SignedSubject baselineSignature = set.subjects().get(0);
        SignedSubject artifactSignature = set.subjects().get(1);
        SignatureSet swapped = new SignatureSet(
                set.baselineDigest(),
                List.of(
                        new SignedSubject(
                                baselineSignature.kind(),
                                baselineSignature.path(),
                                baselineSignature.digest(),
                                artifactSignature.cms()),
                        artifactSignature));

        assertThat(verify(
                        Files.write(temp.resolve("swapped.json"), new SignatureSetCodec().bytes(swapped)),
                        List.of(),
                        authority.authorityIdentity()))
                .singleElement()
                .asString()
                .startsWith("the baseline: the signature is not over " + set.baselineDigest());
    }

    @Test
    void shouldDetectATamperedDigestInTheSignatureFile() throws Exception {
        Path signatures = sign(releaser);
        String text = Files.readString(signatures);
        String digest =
                new SignatureSetCodec().read(signatures).subjects().get(1).digest();
        Files.writeString(signatures, text.replace(digest, "sha256:" + "0".repeat(64)));

        assertThat(verify(signatures, List.of(), authority.authorityIdentity()))
                .singleElement()
                .asString()
                .contains("artifact pump-1.4.0.jar: the signature file names digest sha256:000");
    }

    @Test
    void shouldDetectAnArtifactDigestChangedInTheBaseline() throws Exception {
        Path signatures = sign(releaser);
        Files.writeString(jar, "other bytes");
        Path other = writeBaseline("baseline.json", "pump-1.4.0.jar", "other bytes");

        List<String> problems = verify(signatures, List.of(), authority.authorityIdentity());

        assertThat(other).isEqualTo(baseline);
        assertThat(problems)
                .anyMatch(p -> p.contains("the signatures are for baseline"))
                .anyMatch(p -> p.startsWith("the baseline: the signature is not over"))
                .anyMatch(p -> p.startsWith("artifact pump-1.4.0.jar: the signature file names digest"));
    }

    @Test
    void shouldRequireASignatureForEveryArtifactAndNoOther() throws Exception {
        SignatureSet set = new SignatureSetCodec().read(sign(releaser));
        SignedSubject artifact = set.subjects().get(1);
        List<SignedSubject> subjects = new ArrayList<>(List.of(set.subjects().get(0)));
        subjects.add(new SignedSubject(artifact.kind(), "other.jar", artifact.digest(), artifact.cms()));
        Path signatures = Files.write(
                temp.resolve("edited.json"),
                new SignatureSetCodec().bytes(new SignatureSet(set.baselineDigest(), subjects)));

        assertThat(verify(signatures, List.of(), authority.authorityIdentity()))
                .containsExactly(
                        signatures
                                + ": a signature for artifact other.jar, which the baseline does not record (or signed twice)",
                        signatures + ": no signature for artifact pump-1.4.0.jar");
    }

    @Test
    void shouldRefuseToSignAnArtifactThatChangedAfterTheBaseline() throws IOException, ReportException {
        Files.writeString(jar, "patched bytes");
        SigningKey key = SigningKeys.load(
                TestPki.writePkcs12(releaser, temp.resolve("signer.p12"), PASSWORD), Optional.empty(), PASSWORD);

        assertThatThrownBy(() -> new BaselineSigner(key).sign(baseline, temp, NOW))
                .isInstanceOf(SignatureException.class)
                .hasMessageContaining("it changed after the baseline was sealed");
    }

    @Test
    void shouldRefuseToSignABaselineThatDoesNotVerify() throws Exception {
        Files.writeString(baseline, Files.readString(baseline).replace("\"42\"", "\"43\""));
        SigningKey key = SigningKeys.load(
                TestPki.writePkcs12(releaser, temp.resolve("signer.p12"), PASSWORD), Optional.empty(), PASSWORD);

        assertThatThrownBy(() -> new BaselineSigner(key).sign(baseline, temp, NOW))
                .isInstanceOf(SignatureException.class)
                .hasMessageContaining("will not sign a baseline that does not verify");
    }

    @Test
    void shouldRefuseAKeyThatIsNotTheCertificates() throws IOException {
        Identity other = authority.issue("Someone");
        Path pem = TestPki.writePem(new Identity(other.key(), releaser.chain()), temp.resolve("mixed.pem"));

        assertThatThrownBy(() -> SigningKeys.load(pem, Optional.empty(), new char[0]))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("mixed.pem")
                .hasMessageContaining("does not belong to the certificate CN=Pump Release Manager");
    }

    @Test
    void shouldNameTheFileOfAWrongPassword() {
        Path p12 = TestPki.writePkcs12(releaser, temp.resolve("signer.p12"), PASSWORD);

        assertThatThrownBy(() -> SigningKeys.load(p12, Optional.empty(), "wrong".toCharArray()))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("signer.p12")
                .hasMessageContaining("wrong password");
    }

    @Test
    void shouldReadAPemKeyWithItsCertificateInAnotherFile() throws Exception {
        Path key = temp.resolve("key.pem");
        Files.writeString(
                key,
                Files.readString(TestPki.writePem(releaser, temp.resolve("all.pem")))
                        .replaceAll("(?s)-----BEGIN CERTIFICATE-----.*", ""),
                StandardCharsets.US_ASCII);
        Path chain = TestPki.writeCertificates(
                temp.resolve("chain.pem"), releaser.chain().toArray(new java.security.cert.X509Certificate[0]));

        assertThatThrownBy(() -> SigningKeys.load(key, Optional.empty(), new char[0]))
                .hasMessageContaining("no certificate for the key");
        assertThat(SigningKeys.load(key, Optional.of(chain), new char[0]).certificate())
                .isEqualTo(releaser.certificate());
    }
}
