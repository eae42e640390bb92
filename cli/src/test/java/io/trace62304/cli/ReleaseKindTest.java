package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.ReleaseIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gate --kind}: a release names its version (5.8.4) and chains to the previous release (8.3). */
class ReleaseKindTest {
    private static final Path SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void reports() throws IOException {
        CliRun.writeSampleBuild(temp);
    }

    private int gate(final String out, final String... more) {
        List<String> args = new ArrayList<>(List.of(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--artifact",
                temp.resolve("pump-1.4.0.jar").toString(),
                "--build-id",
                "42",
                "--revision",
                "0123abcd",
                "--tree",
                "clean",
                "--out",
                temp.resolve(out).toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private ReleaseIdentity identity(final String out) throws Exception {
        return new BaselineCodec()
                .read(temp.resolve(out).resolve("baseline.json"))
                .baseline()
                .build()
                .release();
    }

    @Test
    void shouldRecordTheReleaseTheProductAndItsVersionFromThePom() throws Exception {
        gate(
                "release",
                "--kind",
                "release",
                "--product-from",
                SAMPLE.resolve("pom.xml").toString());

        assertThat(identity("release"))
                .isEqualTo(
                        new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example.pump:infusion-pump", "1.4.0"));
        assertThat(Files.readString(temp.resolve("release/baseline.json")))
                .contains("\"schema\":\"trace62304-baseline/2\"")
                .contains("\"release\":{\"kind\":\"RELEASE\"")
                .contains("{\"name\":\"java\",\"version\":\"");
    }

    @Test
    void shouldRefuseToChainAReleaseToACiRun() throws Exception {
        gate("ci");
        assertThat(identity("ci")).isEqualTo(ReleaseIdentity.CI_RUN);

        int exit = gate(
                "release",
                "--kind",
                "release",
                "--product",
                "pump",
                "--product-version",
                "1.4.0",
                "--previous",
                temp.resolve("ci/baseline.json").toString());

        assertThat(exit).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(cli.out())
                .contains("the previous baseline is a CI run of an unnamed product; a release 1.4.0 of pump chains to"
                        + " the previous release of the same product (IEC 62304 8.3)");
    }

    @Test
    void shouldChainAReleaseToThePreviousReleaseOfTheSameProduct() throws Exception {
        gate("r1", "--kind", "release", "--product", "pump", "--product-version", "1.3.0");
        String digest =
                new BaselineCodec().read(temp.resolve("r1/baseline.json")).digest();

        gate(
                "r2",
                "--kind",
                "release",
                "--product",
                "pump",
                "--product-version",
                "1.4.0",
                "--previous",
                temp.resolve("r1/baseline.json").toString());

        assertThat(new BaselineCodec()
                        .read(temp.resolve("r2/baseline.json"))
                        .baseline()
                        .previousDigest())
                .isEqualTo(digest);
        assertThat(run("gate", "--kind", "nightly", "--items", "x", "--out", temp.toString()))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("unknown build kind 'nightly': use ci, candidate or release");
    }

    private int run(final String... args) {
        return cli.run(args);
    }
}
