package io.trace62304.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.report.ReportException;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.sbom.Sbom;
import io.trace62304.sbom.SbomComponent;
import io.trace62304.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every CycloneDX SBOM of the corpus (1.4–1.6, JSON and XML) parses with verified counts. */
class CycloneDxCorpusTest {
    static Stream<Path> files() {
        return SharedCorpus.files("cyclonedx").stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldCountLikeAnIndependentReading(final Path file) throws ReportException, IOException {
        Sbom sbom = new CycloneDxParser().parse(file);

        if (file.toString().endsWith(".json")) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertThat(sbom.specVersion()).isEqualTo(root.get("specVersion").asText());
            assertThat(sbom.components()).hasSize(countComponents(root.path("components")));
            assertThat(sbom.vulnerabilities())
                    .hasSize(root.path("vulnerabilities").size());
        } else {
            Element root = Dom.root(file);
            assertThat(root.getNamespaceURI()).endsWith("/" + sbom.specVersion());
            assertThat(sbom.components()).hasSize(countComponents(root));
            long vulnerabilities = Dom.children(root, "vulnerabilities").stream()
                    .mapToLong(v -> Dom.children(v, "vulnerability").size())
                    .sum();
            assertThat(sbom.vulnerabilities()).hasSize((int) vulnerabilities);
        }
        assertThat(sbom.components())
                .extracting(SbomComponent::name)
                .allSatisfy(n -> assertThat(n).isNotBlank());
    }

    /** Components nest through {@code <components>} only; pedigree ancestors are provenance, not parts. */
    private static int countComponents(final Element parent) {
        int count = 0;
        for (Element list : Dom.children(parent, "components")) {
            for (Element component : Dom.children(list, "component")) {
                count += 1 + countComponents(component);
            }
        }
        return count;
    }

    private static int countComponents(final JsonNode components) {
        int count = 0;
        for (JsonNode component : components) {
            count += 1 + countComponents(component.path("components"));
        }
        return count;
    }
}
