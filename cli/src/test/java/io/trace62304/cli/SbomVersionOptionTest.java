package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gate --sbom-version}: sbom.cdx.json in CycloneDX 1.6 by default, 1.7 on request, nothing else. */
class SbomVersionOptionTest {
    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @BeforeEach
    void build() throws IOException {
        CliRun.writeSampleBuild(temp);
    }

    private int gate(final String out, final String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "gate",
                "-q",
                "--items",
                CliRun.SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--out",
                temp.resolve(out).toString()));
        args.addAll(java.util.List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private String specVersion(final String out) throws IOException {
        return new ObjectMapper()
                .readTree(temp.resolve(out).resolve("sbom.cdx.json").toFile())
                .path("specVersion")
                .asText();
    }

    @Test
    void theSbomIsCycloneDx16UnlessAskedFor17() throws IOException {
        gate("default");
        gate("v17", "--sbom-version", "1.7");

        assertThat(specVersion("default")).isEqualTo("1.6");
        assertThat(specVersion("v17")).isEqualTo("1.7");
    }

    @Test
    void anotherVersionIsAUsageError() {
        int exit = gate("v15", "--sbom-version", "1.5");

        assertThat(exit).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("--sbom-version: cannot write the SBOM as CycloneDX '1.5': write 1.6 or 1.7");
        assertThat(temp.resolve("v15")).doesNotExist();
    }
}
