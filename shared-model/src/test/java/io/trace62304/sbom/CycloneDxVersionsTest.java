package io.trace62304.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.ReportException;
import io.trace62304.testing.CycloneDx17Schema;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 (SBOM in): the same SBOM written in CycloneDX 1.4, 1.5, 1.6 and 1.7, JSON and XML, reads to the same
 * identity (purl, SHA-256, supplier), graph and VEX; the 1.7 documents use fields that only 1.7 has (citations,
 * distribution constraints, an external component with a version range) and validate against the official 1.7
 * schema, not the 1.6 one.
 */
class CycloneDxVersionsTest {
    private static final String TEXT = "pkg:maven/org.apache.commons/commons-text@1.9";

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"bom-1.4.json, 1.4", "bom-1.5.xml, 1.5", "bom-1.6.json, 1.6", "bom-1.7.json, 1.7", "bom-1.7.xml, 1.7"})
    void everyVersionReadsToTheSameIdentityGraphAndVex(final String name, final String version) throws ReportException {
        Sbom sbom = new CycloneDxParser().parse(Fixtures.of("cyclonedx-versions/" + name));

        assertThat(sbom.specVersion()).isEqualTo(version);
        assertThat(sbom.subject()).map(SbomComponent::name).contains("infusion-pump");
        SbomComponent text = sbom.components().get(0);
        assertThat(text.purl()).isEqualTo(TEXT + "?type=jar");
        assertThat(text.supplier()).isEqualTo("The Apache Software Foundation");
        assertThat(text.sortedHashes())
                .containsExactly(
                        Map.entry("SHA-256", "0812f284ac5dd0d617461d9a2ab6ac6811137f25122dfffd4788a4871e732d00"));
        assertThat(sbom.dependencies()).containsEntry("pump", java.util.List.of(TEXT));
        assertThat(sbom.vulnerabilities()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("CVE-2022-42889");
            assertThat(v.affects()).contains(TEXT);
            assertThat(v.state()).isEqualTo("not_affected");
        });
        assertThat(sbom.timestamp()).startsWith("2026-11-30T08:00");
        if (version.equals("1.7")) {
            assertThat(sbom.components())
                    .extracting(SbomComponent::name)
                    .containsExactly("commons-text", "temurin-jre");
        }
    }

    @ParameterizedTest
    @CsvSource({"bom-1.4.json, VERSION_14", "bom-1.6.json, VERSION_16"})
    void theOlderJsonFixturesValidateAgainstTheirOwnSchema(final String name, final Version version)
            throws IOException {
        assertThat(new JsonParser()
                        .validate(Fixtures.of("cyclonedx-versions/" + name).toFile(), version))
                .isEmpty();
    }

    @Test
    void theJson17FixtureIsCycloneDx17AndNot16() throws IOException {
        Path file = Fixtures.of("cyclonedx-versions/bom-1.7.json");

        assertThat(CycloneDx17Schema.validate(file)).isEmpty();
        assertThat(new JsonParser().validate(file.toFile(), Version.VERSION_16))
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("citations"));
    }

    @Test
    void theValidatorFindsWhatThe17SchemaForbids() throws IOException {
        String json = Files.readString(Fixtures.of("cyclonedx-versions/bom-1.7.json"));
        // 1.7: a component may not carry both a version and a version range
        Path broken = Files.writeString(
                temp.resolve("broken.json"), json.replace("\"versionRange\"", "\"version\": \"17\", \"versionRange\""));

        assertThat(CycloneDx17Schema.validate(broken)).isNotEmpty();
    }

    @Test
    void aVersionNewerThan17IsRefusedNamingTheSupportedOnes() throws IOException {
        String json = Files.readString(Fixtures.of("cyclonedx-versions/bom-1.7.json"));
        Path json18 = Files.writeString(temp.resolve("bom-1.8.json"), json.replace("\"1.7\"", "\"1.8\""));
        String xml = Files.readString(Fixtures.of("cyclonedx-versions/bom-1.7.xml"));
        Path xml18 = Files.writeString(temp.resolve("bom-1.8.xml"), xml.replace("bom/1.7", "bom/1.8"));

        for (Path file : java.util.List.of(json18, xml18)) {
            assertThatThrownBy(() -> new CycloneDxParser().parse(file))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("'1.8' is not supported")
                    .hasMessageContaining("1.7");
        }
    }

    @Test
    void anXmlDocumentOutsideTheCycloneDxNamespaceIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("other.xml"), "<bom xmlns=\"urn:example\"><components/></bom>");

        assertThatThrownBy(() -> new CycloneDxParser().parse(file))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("not a CycloneDX SBOM");
    }
}
