package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.testing.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archive} and {@code baseline verify --archive}: a gate's release record archived, verified, tampered. */
class ArchiveCommandTest {
    private static final Path SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private final TestPki authority = TestPki.authority("Pump Release CA");
    private Path baseline;
    private Path key;
    private Path password;
    private Path trust;

    @BeforeEach
    void gateSignAndApprove() throws IOException {
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
        key = TestPki.writePkcs12(
                authority.issue("Pump Release Manager"), temp.resolve("release.p12"), "test-only".toCharArray());
        trust = TestPki.writeCertificates(
                temp.resolve("trust.pem"), authority.authorityIdentity().certificate());
        assertThat(run(
                        "sign",
                        baseline.toString(),
                        "--key",
                        key.toString(),
                        "--key-password-file",
                        password.toString()))
                .as(cli.err())
                .isZero();
    }

    @Test
    void shouldArchiveASignedRecordAndVerifyItEndToEnd() {
        Path archive = temp.resolve("pump-1.4.0-record.zip");

        int written = run(
                "archive",
                baseline.toString(),
                "--out",
                archive.toString(),
                "--key",
                key.toString(),
                "--key-password-file",
                password.toString());

        assertThat(written).as(cli.err()).isZero();
        assertThat(cli.out())
                .containsPattern("archived baseline sha256:[0-9a-f]{64}: \\d+ file\\(s\\), 1 input\\(s\\)")
                .contains("manifest signed by CN=Pump Release Manager");
        assertThat(run("baseline", "verify", "--archive", archive.toString(), "--trust", trust.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains(archive + ": intact, ");
        assertThat(run("baseline", "verify", baseline.toString(), "--archive", archive.toString()))
                .isZero();
        assertThat(cli.out()).contains("note: the manifest is signed; give a trust file to check who signed it");
    }

    @Test
    void shouldFailVerifyOfAnEditedArchiveOrAnotherBaseline() throws IOException {
        Path archive = temp.resolve("record");
        assertThat(run("archive", baseline.toString(), "--out", archive.toString()))
                .as(cli.err())
                .isZero();
        Path report = archive.resolve("outputs/report.html");
        byte[] bytes = Files.readAllBytes(report);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(report, bytes);

        assertThat(run("baseline", "verify", "--archive", archive.toString())).isEqualTo(BaselineCommand.ALTERED);
        assertThat(cli.err()).contains("outputs/report.html was changed: sha256 ");

        Path other = temp.resolve("other.json");
        Files.writeString(other, Files.readString(baseline).replace("\"pump\"", "\"pump-x\""));
        assertThat(run("baseline", "verify", other.toString(), "--archive", archive.toString()))
                .isEqualTo(BaselineCommand.ALTERED);
    }

    @Test
    void shouldRefuseToOverwriteAnArchiveOrMixOptions() throws IOException {
        Path archive = Files.createDirectories(temp.resolve("existing"));

        assertThat(run("archive", baseline.toString(), "--out", archive.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("a release archive is written once");
        assertThat(run("baseline", "verify", "--archive", archive.toString(), "--previous", baseline.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(run("baseline", "verify")).isEqualTo(Trace62304.BAD_INPUT);
    }

    private int run(final String... args) {
        return cli.run(args);
    }
}
