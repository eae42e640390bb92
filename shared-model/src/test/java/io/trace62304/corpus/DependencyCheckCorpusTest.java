package io.trace62304.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.ingest.ReportReader;
import io.trace62304.report.ReportException;
import io.trace62304.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every Dependency-Check report of the corpus (XML schemas 1.3–4.0, JSON 1.1) parses with verified counts. */
class DependencyCheckCorpusTest {
    static Stream<Path> files() {
        return SharedCorpus.files("dependency-check").stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldCountLikeAnIndependentReading(final Path file) throws ReportException, IOException {
        DependencyCheckReport report = (DependencyCheckReport) new ReportReader().read(file);

        Expected expected = file.toString().endsWith(".json") ? fromJson(file) : fromXml(file);
        assertThat(report.dependencies()).hasSize(expected.dependencies());
        assertThat(report.vulnerabilityCount()).isEqualTo(expected.vulnerabilities());
        assertThat(report.suppressedCount()).isEqualTo(expected.suppressed());
        assertThat(report.engineVersion()).isEqualTo(expected.engineVersion());
        assertThat(report.dependencies())
                .allSatisfy(d -> assertThat(d.vulnerabilities())
                        .allSatisfy(v -> assertThat(v.id()).isNotBlank()));
    }

    private static Expected fromXml(final Path file) {
        Element root = Dom.root(file);
        List<Element> dependencies = Dom.children(root, "dependencies").stream()
                .flatMap(d -> Dom.children(d, "dependency").stream())
                .toList();
        long vulnerabilities = dependencies.stream()
                .flatMap(d -> Dom.children(d, "vulnerabilities").stream())
                .mapToLong(v -> Dom.children(v, "vulnerability").size())
                .sum();
        long suppressed = dependencies.stream()
                .flatMap(d -> Dom.children(d, "suppressedVulnerabilities").stream())
                .mapToLong(v -> Dom.children(v, "suppressedVulnerability").size()
                        + Dom.children(v, "vulnerability").size())
                .sum();
        String engine = Dom.childText(Dom.children(root, "scanInfo").get(0), "engineVersion");
        return new Expected(dependencies.size(), vulnerabilities, suppressed, engine);
    }

    private static Expected fromJson(final Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        long vulnerabilities = 0;
        long suppressed = 0;
        for (JsonNode dependency : root.get("dependencies")) {
            vulnerabilities += dependency.path("vulnerabilities").size();
            suppressed += dependency.path("suppressedVulnerabilities").size();
        }
        return new Expected(
                root.get("dependencies").size(),
                vulnerabilities,
                suppressed,
                root.path("scanInfo").path("engineVersion").asText());
    }

    private record Expected(int dependencies, long vulnerabilities, long suppressed, String engineVersion) {}
}
