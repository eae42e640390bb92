package io.trace62304.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import io.trace62304.report.Severity;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.ParserContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class CycloneDxJsonParserTest extends ParserContract<Sbom> {
    @Override
    protected ReportParser<Sbom> parser() {
        return new CycloneDxParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("cyclonedx-vex-1.6.json");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("dependency-check.json");
    }

    @Override
    protected void verify(final Sbom sbom, final SoftAssertions softly) {
        softly.assertThat(sbom.specVersion()).isEqualTo("1.6");
        softly.assertThat(sbom.serialNumber()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        softly.assertThat(sbom.subject()).map(SbomComponent::name).contains("infusion-pump");
        softly.assertThat(sbom.components())
                .extracting(SbomComponent::name)
                .containsExactly("commons-text", "commons-lang3", "pump-firmware-hal");
        softly.assertThat(sbom.dependencies())
                .containsEntry("pump", List.of("pkg:maven/org.apache.commons/commons-text@1.9", "fw"));
        softly.assertThat(sbom.vulnerabilities()).hasSize(2);
    }

    @Test
    void shouldReadComponentIdentity() throws ReportException {
        List<SbomComponent> components = parser().parse(fixture()).components();

        SbomComponent text = components.get(0);
        assertThat(text.purl()).isEqualTo("pkg:maven/org.apache.commons/commons-text@1.9?type=jar");
        assertThat(text.group()).isEqualTo("org.apache.commons");
        assertThat(text.version()).isEqualTo("1.9");
        assertThat(text.supplier()).isEqualTo("The Apache Software Foundation");
        assertThat(text.licenses()).containsExactly("Apache-2.0");
        assertThat(text.sortedHashes())
                .containsExactly(
                        Map.entry("SHA-1", "ba6ac8c2807490944a0a27f6f8e68fb5ed2e80e2"),
                        Map.entry("SHA-256", "0812f284ac5dd0d617461d9a2ab6ac6811137f25122dfffd4788a4871e732d00"));
        assertThat(components.get(1).parentRef()).isEqualTo(text.bomRef());
        assertThat(components.get(1).licenses()).containsExactly("Apache-2.0 OR MIT");
        assertThat(components.get(2).supplier()).isEqualTo("Acme Devices");
    }

    @Test
    void shouldReadVexAnalysis() throws ReportException {
        List<SbomVulnerability> vulnerabilities = parser().parse(fixture()).vulnerabilities();

        assertThat(vulnerabilities.get(0))
                .isEqualTo(new SbomVulnerability(
                        "CVE-2022-42889",
                        "NVD",
                        Severity.CRITICAL,
                        List.of("pkg:maven/org.apache.commons/commons-text@1.9"),
                        "not_affected",
                        "code_not_reachable",
                        List.of("will_not_fix", "update"),
                        "StringSubstitutor is never given user input.",
                        "9.8"));
        assertThat(vulnerabilities.get(1).isAssessed()).isFalse();
        assertThat(vulnerabilities.get(1).severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void shouldRefuseUnknownSpecVersionsAndForeignJson() throws IOException {
        assertRefused(
                write("v9.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"9.9\",\"version\":1}"),
                "'9.9' is not supported");
        assertRefused(write("spdx.json", "{\"spdxVersion\":\"SPDX-2.3\"}"), "'bomFormat' must be \"CycloneDX\"");
        assertRefused(write("dup.json", "{\"bomFormat\":\"CycloneDX\",\"bomFormat\":\"CycloneDX\"}"), "appears twice");
    }

    /** Found by ParserFuzzTest: the library's model may hold nulls where the schema requires values. */
    @Test
    void shouldRefuseComponentsWithoutNameOrWithIncompleteHashes() throws IOException {
        assertRefused(
                write(
                        "hash.json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                                + "\"components\":[{\"type\":\"library\",\"name\":\"a\",\"hashes\":[{\"content\":\"ab\"}]}]}"),
                "component 'a' has a hash without algorithm or content");
        assertRefused(
                write(
                        "name.json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                                + "\"components\":[{\"type\":\"library\",\"bom-ref\":\"x\"}]}"),
                "has no name");
    }

    @Test
    void shouldExplainSchemaViolations() throws IOException {
        assertRefused(
                write(
                        "bad.json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,"
                                + "\"components\":{\"not\":\"a list\"}}"),
                "not a valid CycloneDX JSON document");
    }

    /** Issue 18, point 7: a rating's score is banded by its method's CVSS version; v2 has no Critical band. */
    @Test
    void shouldBandAnUnnamedRatingByItsCvssVersion() throws ReportException, IOException {
        Sbom sbom = parser().parse(write(
                "v2.json",
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"vulnerabilities\":["
                        + "{\"id\":\"CVE-1\",\"ratings\":[{\"score\":9.3,\"method\":\"CVSSv2\"}]},"
                        + "{\"id\":\"CVE-2\",\"ratings\":[{\"score\":9.3,\"method\":\"CVSSv4\"}]},"
                        + "{\"id\":\"CVE-3\",\"ratings\":[{\"score\":9.3,\"severity\":\"critical\","
                        + "\"method\":\"CVSSv2\"}]}]}"));

        assertThat(sbom.vulnerabilities())
                .extracting(SbomVulnerability::severity)
                .containsExactly(Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL);
    }
}
