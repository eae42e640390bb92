package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.scan.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gate --scan PATH… --scan-data DIR} (issue 15): Dependency-Check runs in the gate, offline, and what it finds
 * is reconciled like a report file's; missing or stale data makes the gate unable to decide (exit 3).
 */
class ScanOptionTest {
    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private Path jar;

    @BeforeEach
    void build() throws Exception {
        CliRun.writeSampleBuild(temp);
        jar = Path.of(JsonFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private int gate(final String out, final String... more) {
        List<String> args = new ArrayList<>(List.of(
                "gate",
                "-q",
                "--items",
                CliRun.SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--out",
                temp.resolve(out).toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private JsonNode baseline(final String out) throws IOException {
        return new ObjectMapper()
                .readTree(temp.resolve(out).resolve("baseline.json").toFile());
    }

    @Test
    void theScanFindsTheJarAndItsCveAndTheBaselineRecordsBoth() throws Exception {
        Path data = TestDatabase.build(temp.resolve("dc-data"), List.of("CVE-2099-0001.json"), Instant.now());

        gate("out", "--scan", jar.toString(), "--scan-data", data.toString());

        JsonNode baseline = baseline("out");
        assertThat(baseline.path("inputs").findValuesAsText("path"))
                .anySatisfy(p -> assertThat(p).startsWith("Dependency-Check scan of " + jar));
        assertThat(baseline.path("inputs").findValuesAsText("problem"))
                .allSatisfy(p -> assertThat(p).isEmpty());
        assertThat(baseline.path("soup").toString())
                .contains("pkg:maven/com.fasterxml.jackson.core/jackson-core@")
                .contains("CVE-2099-0001");
    }

    @Test
    void aDataDirectoryWithoutADatabaseCannotDecide() throws IOException {
        Path data = Files.createDirectory(temp.resolve("dc-data"));

        int exit = gate("out", "--scan", jar.toString(), "--scan-data", data.toString());

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(cli.out()).contains("no Dependency-Check database (odc.mv.db) in this directory");
    }

    @Test
    void aStaleDatabaseCannotDecide() throws IOException {
        Path data = TestDatabase.build(
                temp.resolve("dc-data"), List.of("CVE-2099-0001.json"), Instant.parse("2026-01-01T00:00:00Z"));

        int exit = gate("out", "--scan", jar.toString(), "--scan-data", data.toString(), "--scan-max-age", "P2D");

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(cli.out()).contains("last updated 2026-01-01T00:00:00Z, more than 2 days before this scan");
    }

    @Test
    void aScanWithoutItsDataDirectoryOrAnUnreadableAgeIsAUsageError() {
        assertThat(gate("a", "--scan", jar.toString())).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("--scan PATH… and --scan-data DIR go together");
        cli.clear();
        assertThat(gate("b", "--scan", jar.toString(), "--scan-data", temp.toString(), "--scan-max-age", "soon"))
                .isEqualTo(Trace62304.BAD_INPUT);
        assertThat(cli.err()).contains("--scan-max-age: 'soon' is not an age");
        assertThat(temp.resolve("a")).doesNotExist();
    }
}
