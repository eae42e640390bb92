package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import io.trace62304.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code release-check}: after the gate and {@code approve}, a Class C release of the sample is released only with
 * a trusted approval bound to its baseline, under the policy that gated it (exit 0, 1, 3).
 */
class ReleaseCheckCommandTest {
    private static final Path SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private final TestPki authority = TestPki.authority("Pump QA CA");
    private Path baseline;
    private Path policy;
    private Path trust;
    private Path password;

    @BeforeEach
    void gateARelease() throws IOException {
        CliRun.writeSampleBuild(temp);
        policy = Files.writeString(temp.resolve("policy.yaml"), """
                name: the small sample build
                rules:
                  requirements-verified: {enabled: false}
                  risk-controls-verified: {enabled: false}
                  component-source-present: {enabled: false}
                  soup-identified: {enabled: false}
                  coverage: {enabled: false}
                  closed-problem-reports-complete: {enabled: false}
                approval:
                  twoPerson: true
                  sources: [signature, jira]
                """);
        int gate = cli.run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--policy",
                policy.toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--artifact",
                temp.resolve("pump-1.4.0.jar").toString(),
                "--job",
                "pump",
                "--build-id",
                "43",
                "--revision",
                "0123abcd",
                "--tree",
                "clean",
                "--kind",
                "release",
                "--product-from",
                SAMPLE.resolve("pom.xml").toString(),
                "--out",
                temp.resolve("out").toString());
        assertThat(gate).as(cli.out() + cli.err()).isZero();
        baseline = temp.resolve("out/baseline.json");
        trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"), authority.authorityIdentity().certificate());
        password = Files.writeString(temp.resolve("password"), "test-only\n");
        cli.clear();
    }

    private int approve(final String name, final String signer) {
        Path key = TestPki.writePkcs12(authority.issue(name), temp.resolve(signer + ".p12"), "test-only".toCharArray());
        return cli.run(
                "approve",
                baseline.toString(),
                "--meaning",
                "approval",
                "--signer",
                signer,
                "--key",
                key.toString(),
                "--key-password-file",
                password.toString());
    }

    private int check(final String... more) {
        List<String> args = new ArrayList<>(List.of(
                "release-check",
                baseline.toString(),
                "--policy",
                policy.toString(),
                "--trust",
                trust.toString(),
                "--not-by",
                "builder"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void shouldReleaseOnlyWithAnApprovalByAnotherPerson() {
        assertThat(check()).as(cli.out()).isEqualTo(GateCommand.FAILED);
        assertThat(cli.out())
                .contains("IEC 62304 release check: FAIL - release 1.4.0 of com.example.pump:infusion-pump "
                        + "(pump #43), Class C")
                .contains("requires: approval (meanings: approval) of a release at Class B or C, two-person rule")
                .contains(
                        "FAIL release-approved [QMS criterion (release approval in the spirit of 21 CFR 11.50, "
                                + "11.70; supports IEC 62304 5.8)] approval: the release needs an approval of meaning 'approval'");

        assertThat(approve("Bob Builder", "builder")).as(cli.err()).isZero();
        String approvals = temp.resolve("out/approvals.json").toString();
        cli.clear();
        assertThat(check("--approvals", approvals)).isEqualTo(GateCommand.FAILED);
        assertThat(cli.out()).contains("two-person rule: the approval by builder does not count");

        assertThat(approve("Jane Doe", "jdoe")).isZero();
        cli.clear();
        assertThat(check("--approvals", approvals)).as(cli.out()).isZero();
        assertThat(cli.out())
                .contains("IEC 62304 release check: PASS")
                .contains("WARNING release-approved [QMS criterion")
                .contains("the approval by builder does not count");
    }

    @Test
    void shouldPassWithTheApproverAloneAndNotDecideAgainstAnotherPolicy() throws IOException {
        assertThat(approve("Jane Doe", "jdoe")).isZero();
        String approvals = temp.resolve("out/approvals.json").toString();
        cli.clear();

        assertThat(check("--approvals", approvals)).as(cli.out()).isZero();
        assertThat(cli.out())
                .contains("IEC 62304 release check: PASS")
                .contains("signature: Jane Doe (jdoe) signed for approval on ");

        cli.clear();
        assertThat(cli.run("release-check", baseline.toString(), "--trust", trust.toString(), "--approvals", approvals))
                .isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(cli.out()).contains("ERROR release-approved").contains("not by built-in defaults");

        cli.clear();
        assertThat(cli.run(
                        "release-check",
                        baseline.toString(),
                        "--policy",
                        policy.toString(),
                        "--approvals",
                        approvals,
                        "--not-by",
                        "builder"))
                .isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(cli.out()).contains("the approvals cannot be checked without --trust");

        cli.clear();
        assertThat(check("--approvals", approvals, "--not-by", "jdoe")).isEqualTo(GateCommand.FAILED);
    }

    @Test
    void shouldReleaseWithTheApprovalRecordedInJira() throws Exception {
        JiraEmulator jira = JiraEmulator.start(Flavour.CLOUD);
        try {
            String field =
                    jira.customField("Release Baseline", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
            jira.issue("PUMP-9", "Software System", "Approved", true)
                    .field(field, new BaselineCodec().read(baseline).digest())
                    .changedBy("u-jane", "Jane Doe", "2026-12-04T11:00:00.000+0000", "status", "Draft", "Approved");
            String basic = new String(
                    Base64.getDecoder()
                            .decode(jira.credentials().authorization().substring(6)),
                    StandardCharsets.UTF_8);
            Path token = Files.writeString(temp.resolve("token"), basic.split(":", 2)[1] + "\n");
            String[] site = {
                "--jira",
                jira.uri().toString(),
                "--jira-user",
                basic.split(":", 2)[0],
                "--jira-token-file",
                token.toString()
            };

            List<String> args = new ArrayList<>(List.of(site));
            args.addAll(List.of("--jira-approval", "PUMP-9"));
            assertThat(check(args.toArray(String[]::new)))
                    .as(cli.out() + cli.err())
                    .isZero();
            assertThat(cli.out())
                    .contains("IEC 62304 release check: PASS")
                    .contains("recorded: Jane Doe (u-jane) recorded approval on 2026-12-04T11:00:00Z (UTC) in Jira ");

            cli.clear();
            args.addAll(List.of("--not-by", "u-jane"));
            assertThat(check(args.toArray(String[]::new))).isEqualTo(GateCommand.FAILED);
            assertThat(cli.out()).contains("two-person rule: the approval by u-jane does not count");
            assertThat(jira.violations()).isEmpty();
        } finally {
            jira.close();
        }
    }
}
