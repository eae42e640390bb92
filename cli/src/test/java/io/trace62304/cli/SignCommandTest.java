package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.signature.TrustPolicy;
import io.trace62304.testing.TestPki;
import io.trace62304.testing.TestPki.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sign} and {@code baseline verify --signatures}: right key, wrong key, a signer the policy does not name. */
class SignCommandTest {
    private static final Path SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private final TestPki authority = TestPki.authority("Pump Release CA");
    private final Identity releaser = authority.issue("Pump Release Manager");
    private Path baseline;
    private Path key;
    private Path password;

    @BeforeEach
    void gateAndKey() throws IOException {
        CliRun.writeSampleBuild(temp);
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--artifact",
                temp.resolve("pump-1.4.0.jar").toString(),
                "--out",
                temp.resolve("out").toString());
        baseline = temp.resolve("out/baseline.json");
        password = Files.writeString(temp.resolve("password"), "test-only\n");
        key = TestPki.writePkcs12(releaser, temp.resolve("release.p12"), "test-only".toCharArray());
    }

    @Test
    void shouldSignAndVerifyWithTheTrustedAuthority() {
        assertThat(run(
                        "sign",
                        baseline.toString(),
                        "--key",
                        key.toString(),
                        "--key-password-file",
                        password.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("and 1 artifact(s) as CN=Pump Release Manager");
        Path trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"), authority.authorityIdentity().certificate());

        int exit = run(
                "baseline",
                "verify",
                baseline.toString(),
                "--signatures",
                temp.resolve("out/signatures.json").toString(),
                "--trust",
                trust.toString(),
                "--signer",
                TrustPolicy.fingerprint(releaser.certificate()));

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("intact, signed by a trusted signer");
    }

    @Test
    void shouldFailVerifyForAnotherAuthorityOrAnUnnamedSigner() {
        run("sign", baseline.toString(), "--key", key.toString(), "--key-password-file", password.toString());
        Path signatures = temp.resolve("out/signatures.json");
        Path other = TestPki.writeCertificates(
                temp.resolve("other.pem"),
                TestPki.authority("Other CA").authorityIdentity().certificate());
        Path trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"), authority.authorityIdentity().certificate());

        assertThat(run(
                        "baseline",
                        "verify",
                        baseline.toString(),
                        "--signatures",
                        signatures.toString(),
                        "--trust",
                        other.toString()))
                .isEqualTo(BaselineCommand.ALTERED);
        assertThat(cli.err()).contains("does not chain to a certificate of the trust file");
        assertThat(run(
                        "baseline",
                        "verify",
                        baseline.toString(),
                        "--signatures",
                        signatures.toString(),
                        "--trust",
                        trust.toString(),
                        "--signer",
                        "CN=Someone Else"))
                .isEqualTo(BaselineCommand.ALTERED);
        assertThat(cli.err()).contains("is not one the policy names [CN=Someone Else]");
        assertThat(run("baseline", "verify", baseline.toString(), "--signatures", signatures.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
    }

    @Test
    void shouldApproveAndVerifyTheApprovalWithTheTwoPersonRule() {
        run("sign", baseline.toString(), "--key", key.toString(), "--key-password-file", password.toString());
        Path qa = TestPki.writePkcs12(authority.issue("Jane Doe"), temp.resolve("qa.p12"), "test-only".toCharArray());
        Path trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"), authority.authorityIdentity().certificate());
        String[] verify = {
            "baseline",
            "verify",
            baseline.toString(),
            "--trust",
            trust.toString(),
            "--signatures",
            temp.resolve("out/signatures.json").toString(),
            "--approvals",
            temp.resolve("out/approvals.json").toString(),
            "--require-approval",
            "approval",
            "--two-person",
            "--not-by",
            "builder"
        };

        assertThat(run(
                        "approve",
                        baseline.toString(),
                        "--meaning",
                        "approval",
                        "--signer",
                        "builder",
                        "--key",
                        key.toString(),
                        "--key-password-file",
                        password.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("Pump Release Manager (builder) signed for approval on ");
        assertThat(run(verify)).isEqualTo(BaselineCommand.ALTERED);
        assertThat(cli.err())
                .contains("the approval by builder does not count: the approver built or authored this release");

        assertThat(run(
                        "approve",
                        baseline.toString(),
                        "--meaning",
                        "approval",
                        "--signer",
                        "jdoe",
                        "--comment",
                        "released",
                        "--key",
                        qa.toString(),
                        "--key-password-file",
                        password.toString()))
                .isZero();
        cli.clear();
        assertThat(run(verify)).as(cli.err()).isEqualTo(BaselineCommand.ALTERED);
        // the builder's approval still does not count, but Jane Doe's meets the requirement
        assertThat(cli.err()).doesNotContain("has none");
        assertThat(cli.out()).contains("signature: Jane Doe (jdoe) signed for approval on ");
        assertThat(run(
                        "baseline",
                        "verify",
                        baseline.toString(),
                        "--trust",
                        trust.toString(),
                        "--approvals",
                        temp.resolve("out/approvals.json").toString(),
                        "--require-approval",
                        "approval"))
                .isZero();
        assertThat(cli.out()).contains("intact, 2 valid approval(s)");
    }

    @Test
    void shouldRefuseAWrongPasswordAsBadInput() throws IOException {
        Files.writeString(password, "wrong");

        assertThat(run(
                        "sign",
                        baseline.toString(),
                        "--key",
                        key.toString(),
                        "--key-password-file",
                        password.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("release.p12").contains("wrong password");
    }

    private int run(final String... args) {
        return cli.run(args);
    }
}
