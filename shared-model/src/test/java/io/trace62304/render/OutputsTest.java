package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.junit.JUnitParser;
import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.TestCase;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Severity;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.sbom.Sbom;
import io.trace62304.testing.BaselineBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
    /** One test case and one JSON entry per rule of the gate: as many as the default policy configures. */
    private static final int RULES =
            new io.trace62304.gate.PolicyLoader().defaults().rules().size();

    @TempDir
    Path temp;

    private final SealedBaseline sealed = seal(BaselineBuilder.baseline()
            .items(
                    BaselineBuilder.softwareItem("MED-1", "C"),
                    BaselineBuilder.of("MED-1", "MED-2", ItemType.RISK_CONTROL, "Open", false),
                    BaselineBuilder.item(
                            "MED-3",
                            ItemType.SOUP_ITEM,
                            "Approved",
                            true,
                            List.of(),
                            "Package URL",
                            "pkg:maven/g/a@1.0",
                            "SOUP Version",
                            "1.0",
                            "SOUP Manufacturer",
                            "Example Org",
                            "Anomaly List Reviewed",
                            "2026-11-01",
                            "Anomaly List Reviewed For Version",
                            "1.0",
                            "SOUP License",
                            "MIT",
                            "Vulnerability Assessment",
                            "CVE-1: not affected - never called"),
                    BaselineBuilder.of(
                            "MED-1",
                            "MED-4",
                            ItemType.PROBLEM_REPORT,
                            "Investigating",
                            false,
                            "Risk Evaluation",
                            "<script>alert('x')</script> & more"))
            .test("MED-2 <b>limits</b>", TestOutcome.FAILED, "MED-2")
            .dependency(
                    "pkg:maven/g/a@1.0",
                    BaselineBuilder.vulnerability("CVE-1", Severity.CRITICAL),
                    BaselineBuilder.vulnerability("CVE-2", Severity.MEDIUM)));
    private final GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());

    @Test
    void shouldWriteASchemaValidCycloneDx16SbomWithVex() throws Exception {
        Path file = Files.writeString(temp.resolve("sbom.cdx.json"), new SbomWriter().write(sealed));

        assertThat(new JsonParser().validate(file.toFile(), Version.VERSION_16)).isEmpty();
        Sbom sbom = new CycloneDxParser(ReportLimits.DEFAULT).parse(file);
        assertThat(sbom.specVersion()).isEqualTo("1.6");
        assertThat(sbom.components()).singleElement().satisfies(c -> {
            assertThat(c.purl()).isEqualTo("pkg:maven/g/a@1.0");
            assertThat(c.hashes()).containsKey("SHA-256");
        });
        assertThat(sbom.vulnerabilities())
                .extracting(v -> v.id() + ":" + v.state())
                .containsExactly("CVE-1:not_affected", "CVE-2:");
        assertThat(new SbomWriter().write(sealed)).isEqualTo(Files.readString(file));
    }

    @Test
    void shouldWriteTheRulesAsJUnitXmlThatOurOwnParserReads() throws IOException, ReportException {
        Path file = Files.writeString(temp.resolve("gate-junit.xml"), new GateJUnitXml().write(result));

        JUnitReport report = new JUnitParser(ReportLimits.DEFAULT).parse(file);

        assertThat(report.cases().count()).isEqualTo(RULES);
        assertThat(report.cases().filter(c -> c.outcome() == TestOutcome.FAILED).map(TestCase::name))
                .contains(
                        "risk-controls-verified (IEC 62304 7.3.1)",
                        "failing-tests (IEC 62304 5.6.8, 5.7.2, 5.7.4c, 5.8.1)");
        assertThat(report.cases().map(TestCase::name))
                .contains("coverage (QMS criterion (5.5.3: acceptance criteria the manufacturer sets))");
        assertThat(report.cases()
                        .filter(c -> c.name().startsWith("failing-tests"))
                        .findFirst()
                        .orElseThrow()
                        .failure()
                        .details())
                .contains("fail: com.example.PumpTest.MED-2 <b>limits</b>");
    }

    @Test
    void shouldNameEachClassInTheMatrixInTheTermsOfThePolicysEdition() throws IOException, ReportException {
        Path ed2 = Files.writeString(temp.resolve("ed2.yaml"), "classification: iec62304-ed2-draft\n");
        GateResult draft = new ReleaseGate(new PolicyLoader().load(ed2)).evaluate(sealed.baseline());

        assertThat(matrixOf(new HtmlReport().render(sealed, draft, List.of())))
                .contains("rigour level II")
                .doesNotContain("Class C");
        assertThat(matrixOf(new HtmlReport().render(sealed, result, List.of()))).contains("Class C");
    }

    private static String matrixOf(final String html) {
        int start = html.indexOf("<details id=\"trace\"");
        assertThat(start).as("the traceability matrix").isPositive();
        return html.substring(start, html.indexOf("</details>", start));
    }

    @Test
    void shouldNameEachRuleBelowTheTableA1FloorInEveryOutput() throws IOException, ReportException {
        Path policy =
                Files.writeString(temp.resolve("weak.yaml"), "rules:\n  requirements-verified: {enabled: false}\n");
        GateResult weak = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(sealed.baseline());
        String line = "policy below the IEC 62304 A1:2015 minimum for Class A, B, C: requirements-verified disabled";

        JsonNode json = new ObjectMapper().readTree(new FindingsJson().write(sealed, weak));
        Path junit = Files.writeString(temp.resolve("gate-junit.xml"), new GateJUnitXml().write(weak));
        String html = new HtmlReport().render(sealed, weak, List.of());

        assertThat(json.path("belowMinimum"))
                .singleElement()
                .satisfies(n -> assertThat(n.asText()).isEqualTo(line));
        assertThat(Files.readString(junit)).contains("<system-out>" + line + "\n</system-out>");
        assertThat(new JUnitParser(ReportLimits.DEFAULT)
                        .parse(junit)
                        .cases()
                        .filter(c -> c.name().startsWith("requirements-verified"))
                        .findFirst()
                        .orElseThrow()
                        .failure()
                        .message())
                .isEqualTo("disabled by the policy; " + line);
        assertThat(html).contains("<p class=\"below-minimum\">" + line + "</p>");
        assertThat(new ObjectMapper()
                        .readTree(new FindingsJson().write(sealed, result))
                        .path("belowMinimum"))
                .isEmpty();
    }

    @Test
    void shouldWriteFindingsJsonForMachines() throws IOException {
        JsonNode json = new ObjectMapper().readTree(new FindingsJson().write(sealed, result));

        assertThat(json.path("format").asText()).isEqualTo("trace62304-findings/1");
        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("baselineDigest").asText()).isEqualTo(sealed.digest());
        assertThat(json.path("counts").path("fail").asLong()).isEqualTo(result.count(io.trace62304.gate.Level.FAIL));
        assertThat(json.path("rules")).hasSize(RULES);
        assertThat(json.path("rules").get(0).path("findings")).isEmpty();
    }

    @Test
    void shouldRenderASelfContainedEscapedReport() {
        String html =
                new HtmlReport().render(sealed, result, BaselineDiff.between(sealed.baseline(), sealed.baseline()));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("IEC 62304 release gate: <span class=\"verdict fail\">FAIL")
                .contains("<svg")
                .contains("Unresolved anomalies (5.8.2, 5.8.3): 3, 2 without a risk evaluation")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("MED-2 &lt;b&gt;limits&lt;/b&gt;")
                .contains(sealed.digest())
                .contains("CVE-1 critical (not_affected)")
                .doesNotContain("<script>alert")
                .doesNotContainPattern("(src|href)=\"https?:")
                .doesNotContain("<link")
                .doesNotContain("@import");
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(new HtmlReport().render(sealed, result, List.of()))
                .isEqualTo(new HtmlReport().render(sealed, result, List.of()));
    }

    private static SealedBaseline seal(final BaselineBuilder builder) {
        return new BaselineCodec().seal(builder.assemble());
    }

    static String utf8(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
