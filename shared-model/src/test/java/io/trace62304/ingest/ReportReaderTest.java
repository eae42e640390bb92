package io.trace62304.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportReaderTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "junit-surefire-reruns.xml, JUNIT, false",
        "junit-nested.xml, JUNIT, false",
        "dependency-check-4.0.xml, DEPENDENCY_CHECK, false",
        "dependency-check.json, DEPENDENCY_CHECK, true",
        "cyclonedx-vex-1.6.json, CYCLONEDX, true",
        "cyclonedx-1.4.xml, CYCLONEDX, false",
        "jacoco-groups.xml, JACOCO, false"
    })
    void shouldDetectEachFormat(final String fixture, final ReportFormat format, final boolean json)
            throws ReportException {
        Path file = Fixtures.of(fixture);

        assertThat(new FormatDetector().detect(file)).isEqualTo(new FormatDetector.Detected(format, json));
        assertThat(new ReportReader().read(file).format()).isEqualTo(format);
    }

    @Test
    void shouldDetectUtf16Documents() throws IOException, ReportException {
        Path file = Files.write(
                temp.resolve("u16.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><testsuite name=\"s\"/>"
                        .getBytes(StandardCharsets.UTF_16LE));

        assertThat(new FormatDetector().detect(file).format()).isEqualTo(ReportFormat.JUNIT);
    }

    @Test
    void shouldRefuseUnknownFormatsWithAReason() throws IOException {
        Path html = Files.writeString(temp.resolve("x.html"), "<!DOCTYPE html><html></html>");
        Path json = Files.writeString(temp.resolve("x.json"), "{\"spdxVersion\":\"SPDX-2.3\"}");
        Path text = Files.writeString(temp.resolve("x.txt"), "hello");
        Path blank = Files.writeString(temp.resolve("blank.xml"), "   \n");

        assertThatThrownBy(() -> new ReportReader().read(html)).hasMessageContaining("root element <html>");
        assertThatThrownBy(() -> new ReportReader().read(json)).hasMessageContaining("no known report format");
        assertThatThrownBy(() -> new ReportReader().read(text)).hasMessageContaining("neither XML nor JSON");
        assertThatThrownBy(() -> new ReportReader().read(blank)).hasMessageContaining("only white space");
    }

    @Test
    void shouldInsistOnTheExpectedFormat() {
        assertThatThrownBy(() -> new ReportReader().read(Fixtures.of("jacoco-groups.xml"), ReportFormat.JUNIT))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("expected a junit report, but this is a jacoco report");
    }

    @Test
    void shouldSummarizeEachFormatWithTheDocumentedFields() throws ReportException {
        ObjectNode junit = ReportSummary.of(new ReportReader().read(Fixtures.of("junit-surefire-reruns.xml")));
        ObjectNode scan = ReportSummary.of(new ReportReader().read(Fixtures.of("dependency-check-4.0.xml")));
        ObjectNode sbom = ReportSummary.of(new ReportReader().read(Fixtures.of("cyclonedx-vex-1.6.json")));
        ObjectNode jacoco = ReportSummary.of(new ReportReader().read(Fixtures.of("jacoco-groups.xml")));

        assertThat(junit.toString())
                .contains(
                        "\"format\":\"junit\"",
                        "\"error\":null",
                        "\"tests\":9",
                        "\"passed\":4",
                        "\"failed\":1",
                        "\"errored\":2",
                        "\"skipped\":2",
                        "\"flaky\":2");
        assertThat(junit.get("failures").toString())
                .isEqualTo("[{\"test\":\"com.example.pump.DoseCalculatorTest."
                        + "shouldAlarmOnOcclusion\",\"outcome\":\"failed\",\"message\":\"occlusion alarm not raised\"},"
                        + "{\"test\":\"com.example.pump.DoseCalculatorTest.shouldConnectToDrugLibrary\",\"outcome\":\"errored\","
                        + "\"message\":\"Connection refused\"},{\"test\":\"com.example.pump.DoseCalculatorTest.shouldFailAndError\","
                        + "\"outcome\":\"errored\",\"message\":\"second\"}]");
        assertThat(scan.toString())
                .contains(
                        "\"format\":\"dependency-check\"",
                        "\"dependencies\":2",
                        "\"vulnerabilities\":1",
                        "\"suppressed\":1",
                        "\"complete\":false",
                        "\"engineVersion\":\"12.1.0\"");
        assertThat(sbom.toString()).contains("\"specVersion\":\"1.6\"", "\"components\":3", "\"vulnerabilities\":2");
        assertThat(jacoco.get("counters").toString())
                .isEqualTo("{\"INSTRUCTION\":{\"missed\":30,\"covered\":120},\"BRANCH\":{\"missed\":3,\"covered\":9},"
                        + "\"LINE\":{\"missed\":11,\"covered\":29},\"METHOD\":{\"missed\":1,\"covered\":7},"
                        + "\"CLASS\":{\"missed\":0,\"covered\":2}}");
    }

    @Test
    void shouldSummarizeErrors() {
        ReportException error = new ReportException("a.xml", 3, 4, "malformed XML: boom", null);

        assertThat(ReportSummary.ofError("a.xml", error).toString())
                .isEqualTo("{\"file\":\"a.xml\",\"format\":null,\"error\":\"a.xml:3:4: malformed XML: boom\"}");
    }

    @Test
    void shouldExpandGlobsAndKeepPlainPaths() throws IOException {
        Files.createDirectories(temp.resolve("a/b"));
        Files.writeString(temp.resolve("a/TEST-1.xml"), "x");
        Files.writeString(temp.resolve("a/b/TEST-2.xml"), "x");
        Files.writeString(temp.resolve("a/b/other.json"), "x");

        assertThat(ReportFiles.expand("a/**/TEST-*.xml", temp).files()).containsExactly(temp.resolve("a/b/TEST-2.xml"));
        assertThat(ReportFiles.expand("a/**.xml", temp).files())
                .containsExactly(temp.resolve("a/TEST-1.xml"), temp.resolve("a/b/TEST-2.xml"));
        assertThat(ReportFiles.expand("missing/*.xml", temp).files()).isEmpty();
        assertThat(ReportFiles.expand("plain.xml", temp).files()).containsExactly(temp.resolve("plain.xml"));
    }
}
