package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code monitor} on a baseline the gate sealed from the sample, with the sample's new OSV record. */
class MonitorCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path released;

    @BeforeEach
    void sealARelease() {
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--job",
                "infusion-pump",
                "--build-id",
                "42",
                "--revision",
                "abc",
                "--out",
                temp.resolve("releases/1.4.0").toString());
        released = temp.resolve("releases/1.4.0/baseline.json");
        assertThat(released).exists();
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void shouldFlagTheReleaseWhenANewRecordForItsSoupAppears() throws IOException {
        int exit = run(
                "monitor",
                "--baseline",
                temp.resolve("releases").toString(),
                "--osv",
                SAMPLE.resolve("monitoring/osv").toString(),
                "--out",
                temp.resolve("monitoring").toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).startsWith("monitor: NEW_FINDINGS - 1 release(s), 1 new finding(s)");
        JsonNode json = new ObjectMapper()
                .readTree(temp.resolve("monitoring/monitoring.json").toFile());
        assertThat(json.path("format").asText()).isEqualTo("trace62304-monitoring/1");
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        JsonNode release = json.path("releases").get(0);
        assertThat(release.path("release").asText()).isEqualTo("infusion-pump #42");
        assertThat(release.path("newFindings").asInt()).isEqualTo(1);
        JsonNode finding = release.path("findings").get(0);
        assertThat(finding.path("vulnerability").asText()).isEqualTo("CVE-2025-48924");
        assertThat(finding.path("itemKey").asText()).isEqualTo("PUMP-41");
        assertThat(finding.path("changes").get(0).asText()).isEqualTo("NEW_VULNERABILITY");
        assertThat(Files.readString(temp.resolve("monitoring/monitoring.html")))
                .contains("NEW FINDINGS")
                .contains("CVE-2025-48924")
                .contains("3.18.0");
        assertThat(Files.readString(temp.resolve("monitoring/monitoring-junit.xml")))
                .contains("<testcase classname=\"trace62304.monitor\" name=\"infusion-pump #42\"")
                .contains("<failure message=\"1 new finding(s) since the baseline was sealed (6.2.1)\"");
    }

    @Test
    void shouldFlagTheSamplesRelease140OnlyOnceTheNewRecordAppears() throws IOException {
        run(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--job",
                "infusion-pump",
                "--build-id",
                "43",
                "--revision",
                "example",
                "--tree",
                "clean",
                "--kind",
                "release",
                "--product-from",
                SAMPLE.resolve("pom.xml").toString(),
                "--out",
                temp.resolve("archive/1.4.0").toString());
        Path release = temp.resolve("archive/1.4.0/baseline.json");
        assertThat(release).exists();
        out = new StringWriter();

        int before = run(
                "monitor",
                "--baseline",
                temp.resolve("archive").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--out",
                temp.resolve("before").toString());
        int after = run(
                "monitor",
                "--baseline",
                temp.resolve("archive").toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--osv",
                SAMPLE.resolve("monitoring/osv").toString(),
                "--out",
                temp.resolve("after").toString());

        assertThat(before)
                .as("the data the release was sealed with: nothing new")
                .isZero();
        assertThat(after).as(out + "\n" + err).isEqualTo(1);
        JsonNode json = new ObjectMapper()
                .readTree(temp.resolve("after/monitoring.json").toFile());
        JsonNode checked = json.path("releases").get(0);
        assertThat(checked.path("release").asText())
                .isEqualTo("release 1.4.0 of com.example.pump:infusion-pump (infusion-pump #43)");
        assertThat(checked.path("findings").get(0).path("vulnerability").asText())
                .isEqualTo("CVE-2025-48924");
        assertThat(checked.path("findings").get(0).path("itemKey").asText()).isEqualTo("PUMP-41");
    }

    @Test
    void shouldSayNothingNewAgainstTheScanItWasSealedWith() {
        int exit = run(
                "monitor",
                "--baseline",
                released.toString(),
                "--dependency-check",
                SAMPLE.resolve("reports/dependency-check-report.json").toString(),
                "--out",
                temp.resolve("monitoring").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).startsWith("monitor: NOTHING_NEW");
    }

    @Test
    void shouldNotDecideWithoutASourceOrOnAnAlteredBaseline() throws IOException {
        int noSource = run(
                "monitor",
                "--baseline",
                released.toString(),
                "--out",
                temp.resolve("m1").toString());
        String noSourceErr = err.toString();
        Path altered = Files.writeString(
                temp.resolve("altered.baseline.json"),
                Files.readString(released).replace("\"3.11\"", "\"3.12\""));
        int alteredExit = run(
                "monitor",
                "--baseline",
                altered.toString(),
                "--osv",
                SAMPLE.resolve("monitoring/osv").toString(),
                "--out",
                temp.resolve("m2").toString());

        assertThat(noSource).isEqualTo(3);
        assertThat(noSourceErr).contains("no vulnerability source given");
        assertThat(alteredExit).isEqualTo(3);
        assertThat(err.toString()).contains("does not match its digest");
        assertThat(Files.readString(temp.resolve("m2/monitoring-junit.xml")))
                .contains("<error message=\"cannot decide\"");
    }

    private int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
