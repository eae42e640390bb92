package io.trace62304.render;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.item;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.depcheck.DependencyCheckXmlParser;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.sbom.Sbom;
import io.trace62304.testing.CycloneDx17Schema;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 5 (M24; FDA premarket cybersecurity guidance V.A.4(b), NTIA minimum elements): sbom.cdx.json is
 * schema-valid CycloneDX 1.6 and carries supplier, name, version, purl, SHA-256, license, the dependency graph,
 * author, tool, a deterministic timestamp, support level and end of support per SOUP, declared runtime SOUP, and
 * VEX analysis with state, justification, responses, detail and score.
 */
class SbomOutTest {
    private static final String LIB = "pkg:maven/org.example/lib@2.0";

    @TempDir
    Path temp;

    @Test
    void theSbomCarriesTheNtiaAndFdaElementsAndValidatesAgainstCycloneDx16() throws Exception {
        SealedBaseline sealed = sealed();
        Path file = Files.writeString(temp.resolve("sbom.cdx.json"), new SbomWriter().write(sealed));

        assertThat(new JsonParser().validate(file.toFile(), Version.VERSION_16)).isEmpty();
        JsonNode bom = new ObjectMapper().readTree(file.toFile());
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        JsonNode metadata = bom.path("metadata");
        assertThat(metadata.path("timestamp").asText()).startsWith("2026-12-01T09:30:00");
        assertThat(metadata.path("authors").get(0).path("name").asText()).isEqualTo("Trace62304 release gate of pump");
        assertThat(metadata.path("tools").path("components").get(0).path("name").asText())
                .isEqualTo("trace62304");

        JsonNode lib = component(bom, LIB);
        assertThat(lib.path("supplier").path("name").asText()).isEqualTo("Example Org");
        assertThat(lib.path("name").asText()).isEqualTo("lib");
        assertThat(lib.path("version").asText()).isEqualTo("2.0");
        assertThat(lib.path("purl").asText()).isEqualTo(LIB);
        assertThat(lib.path("cpe").asText()).isEqualTo("cpe:2.3:a:example:lib:2.0:*:*:*:*:*:*:*");
        assertThat(lib.path("hashes").findValuesAsText("alg")).contains("SHA-256");
        assertThat(lib.path("licenses").get(0).path("license").path("name").asText())
                .isEqualTo("Apache-2.0");
        assertThat(properties(lib))
                .contains(
                        "trace62304:support-level=actively maintained",
                        "cdx:lifecycle:milestone:endOfSupport=2028-06-30");

        JsonNode jre = component(bom, "summary of MED-22@17.0.13");
        assertThat(jre.path("type").asText()).isEqualTo("platform");
        assertThat(jre.path("supplier").path("name").asText()).isEqualTo("Eclipse Adoptium");
        assertThat(jre.path("version").asText()).isEqualTo("17.0.13");
        assertThat(properties(jre)).contains("trace62304:soup-outcome=DECLARED");

        assertThat(dependsOn(bom, LIB)).containsExactly("pkg:maven/org.anon/util@0.3");
        assertThat(dependsOn(bom, "trace62304:build"))
                .contains(LIB, "pkg:maven/org.other/parser@1.1", "summary of MED-22@17.0.13")
                .doesNotContain("pkg:maven/org.anon/util@0.3");

        JsonNode vulnerability = bom.path("vulnerabilities").get(0);
        assertThat(vulnerability.path("id").asText()).isEqualTo("CVE-2026-2001");
        assertThat(vulnerability.path("ratings").get(0).path("score").asDouble())
                .isEqualTo(8.1);
        assertThat(vulnerability.path("ratings").get(0).path("severity").asText())
                .isEqualTo("high");
        JsonNode analysis = vulnerability.path("analysis");
        assertThat(analysis.path("state").asText()).isEqualTo("not_affected");
        assertThat(analysis.path("justification").asText()).isEqualTo("code_not_reachable");
        assertThat(analysis.path("response").findValuesAsText("")).isEmpty();
        List<String> responses = new ArrayList<>();
        analysis.path("response").forEach(r -> responses.add(r.asText()));
        assertThat(responses).containsExactly("will_not_fix", "update");
        assertThat(analysis.path("detail").asText()).startsWith("The parser entry point is never called.");
    }

    @Test
    void onRequestTheSameSbomIsWrittenAsCycloneDx17AndValidatesAgainstThe17Schema() throws Exception {
        SealedBaseline sealed = sealed();
        Path v16 = Files.writeString(temp.resolve("sbom-16.cdx.json"), new SbomWriter().write(sealed));
        Path v17 = Files.writeString(
                temp.resolve("sbom-17.cdx.json"), new SbomWriter(SbomVersion.CYCLONEDX_1_7).write(sealed));

        assertThat(CycloneDx17Schema.validate(v17)).isEmpty();
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bom17 =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(v17.toFile());
        assertThat(bom17.path("specVersion").asText()).isEqualTo("1.7");
        assertThat(bom17.fieldNames().next()).isEqualTo("bomFormat");
        // the content is the 1.6 document's, field for field
        bom17.put("specVersion", "1.6");
        assertThat(bom17).isEqualTo(json.readTree(v16.toFile()));
        // and it reads back as 1.7 with its components
        Sbom read = new CycloneDxParser().parse(v17);
        assertThat(read.specVersion()).isEqualTo("1.7");
        assertThat(read.components())
                .extracting(io.trace62304.sbom.SbomComponent::purl)
                .contains(LIB);
        assertThat(new SbomWriter(SbomVersion.CYCLONEDX_1_7).write(sealed)).isEqualTo(Files.readString(v17));
    }

    @Test
    void anSbomVersionThatCannotBeWrittenIsRefusedNamingThoseThatCan() {
        assertThat(SbomVersion.of("1.7")).isEqualTo(SbomVersion.CYCLONEDX_1_7);
        assertThat(SbomVersion.of(" 1.6 ")).isEqualTo(SbomVersion.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SbomVersion.of("1.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write the SBOM as CycloneDX '1.5': write 1.6 or 1.7");
    }

    @Test
    void theSubjectIsTheReleasedProductVersionWithItsArtifact_5_8_4() throws Exception {
        SealedBaseline ci = sealed();
        io.trace62304.evidence.BuildInfo release = ci.baseline()
                .build()
                .as(new io.trace62304.evidence.ReleaseIdentity(
                        io.trace62304.evidence.ReleaseIdentity.Kind.RELEASE,
                        "com.example.pump:infusion-pump",
                        "1.4.0"));
        io.trace62304.baseline.Baseline b = ci.baseline();
        SealedBaseline sealed = new BaselineCodec()
                .seal(new io.trace62304.baseline.Baseline(
                        b.schema(),
                        release,
                        b.itemSource(),
                        b.inputs(),
                        b.items(),
                        b.soup(),
                        b.tests(),
                        b.coverage(),
                        b.gate(),
                        b.previousDigest(),
                        b.changes(),
                        b.vulnerabilityData()));
        Path file = Files.writeString(temp.resolve("sbom.cdx.json"), new SbomWriter().write(sealed));

        assertThat(new JsonParser().validate(file.toFile(), Version.VERSION_16)).isEmpty();
        JsonNode metadata = new ObjectMapper().readTree(file.toFile()).path("metadata");
        JsonNode subject = metadata.path("component");
        assertThat(subject.path("group").asText()).isEqualTo("com.example.pump");
        assertThat(subject.path("name").asText()).isEqualTo("infusion-pump");
        assertThat(subject.path("version").asText()).isEqualTo("1.4.0");
        String jar = release.artifacts().get(0).sha256();
        assertThat(subject.path("hashes").get(0).path("content").asText()).isEqualTo(jar);
        assertThat(properties(metadata)).contains("trace62304:build=pump #42", "trace62304:artifact:pump.jar=" + jar);

        JsonNode ciSubject = new ObjectMapper()
                .readTree(new SbomWriter().write(ci))
                .path("metadata")
                .path("component");
        assertThat(ciSubject.path("name").asText())
                .as("a CI run is named by its job and build")
                .isEqualTo("pump");
        assertThat(ciSubject.path("version").asText()).isEqualTo("42");
    }

    @Test
    void twoRunsOnTheSameInputsWriteTheSameBytes() throws Exception {
        String first = new SbomWriter().write(sealed());
        String second = new SbomWriter().write(sealed());

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"timestamp\"");
    }

    @Test
    void theSbomWeWriteReadsBackThroughOurOwnParser() throws Exception {
        Path file = Files.writeString(temp.resolve("sbom.cdx.json"), new SbomWriter().write(sealed()));

        Sbom read = new CycloneDxParser().parse(file);

        assertThat(read.components())
                .filteredOn(c -> c.purl().equals(LIB))
                .singleElement()
                .satisfies(c -> assertThat(c.supplier()).isEqualTo("Example Org"));
        assertThat(read.dependencies()).containsKey(LIB);
        assertThat(read.timestamp()).isEqualTo("2026-12-01T09:30:00Z");
    }

    private static SealedBaseline sealed() throws ReportException {
        List<ItemLink> used = List.of(new ItemLink("Uses SOUP", ItemLink.Direction.INWARD, "MED-1"));
        return new BaselineCodec()
                .seal(baseline()
                        .items(
                                softwareItem("MED-1", "C"),
                                of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                                item(
                                        "MED-20",
                                        ItemType.SOUP_ITEM,
                                        "Approved",
                                        true,
                                        used,
                                        "Package URL",
                                        LIB,
                                        "SOUP Version",
                                        "2.0",
                                        "SOUP Manufacturer",
                                        "Example Org",
                                        "SOUP License",
                                        "Apache-2.0",
                                        "Support Level",
                                        "actively maintained",
                                        "End Of Support",
                                        "2028-06-30"),
                                item(
                                        "MED-22",
                                        ItemType.SOUP_ITEM,
                                        "Approved",
                                        true,
                                        used,
                                        "SOUP Scope",
                                        "runtime",
                                        "SOUP Version",
                                        "17.0.13",
                                        "SOUP Manufacturer",
                                        "Eclipse Adoptium"))
                        .test("limits the dose", TestOutcome.PASSED, "MED-3")
                        .scan(new DependencyCheckXmlParser().parse(path("dependency-check-cpe.xml")))
                        .sbom(fixture("bom-1.6.json"))
                        .sbom(fixture("vex-1.6.json"))
                        .assemble());
    }

    private static JsonNode component(final JsonNode bom, final String ref) {
        for (JsonNode component : bom.path("components")) {
            if (component.path("bom-ref").asText().equals(ref)) {
                return component;
            }
        }
        throw new AssertionError("no component " + ref + " in " + bom.path("components"));
    }

    private static List<String> properties(final JsonNode component) {
        List<String> found = new ArrayList<>();
        component
                .path("properties")
                .forEach(p -> found.add(
                        p.path("name").asText() + "=" + p.path("value").asText()));
        return found;
    }

    private static List<String> dependsOn(final JsonNode bom, final String ref) {
        List<String> found = new ArrayList<>();
        for (JsonNode dependency : bom.path("dependencies")) {
            if (dependency.path("ref").asText().equals(ref)) {
                dependency.path("dependsOn").forEach(d -> found.add(d.asText()));
            }
        }
        return found;
    }

    private static Sbom fixture(final String name) throws ReportException {
        return new CycloneDxParser().parse(path(name));
    }

    private static Path path(final String name) {
        try {
            return Path.of(SbomOutTest.class
                    .getResource("/fixtures/soup-identity/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
