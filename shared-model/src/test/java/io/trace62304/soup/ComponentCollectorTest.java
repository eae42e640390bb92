package io.trace62304.soup;

import static io.trace62304.soup.SoupFixtures.component;
import static io.trace62304.soup.SoupFixtures.dependency;
import static io.trace62304.soup.SoupFixtures.sbom;
import static io.trace62304.soup.SoupFixtures.scan;
import static io.trace62304.soup.SoupFixtures.vulnerability;
import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.depcheck.DependencyCheckXmlParser;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import io.trace62304.sbom.SbomVulnerability;
import io.trace62304.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComponentCollectorTest {
    @Test
    void shouldMergeOneComponentFromScanAndSbomIgnoringQualifiers() {
        List<Component> components = new ComponentCollector()
                .add(scan(dependency(
                        "text-1.9.jar",
                        "pkg:maven/org.apache/text@1.9",
                        List.of(vulnerability("CVE-1", Severity.HIGH, 7.5)),
                        List.of())))
                .add(sbom(
                        List.of(component(
                                "ref-1", "org.apache", "text", "1.9", "pkg:maven/org.apache/text@1.9?type=jar")),
                        List.of(new SbomVulnerability(
                                "CVE-1",
                                "NVD",
                                Severity.CRITICAL,
                                List.of("ref-1"),
                                "not_affected",
                                "code_not_reachable",
                                List.of(),
                                "never called"))))
                .components();

        assertThat(components).singleElement().satisfies(c -> {
            assertThat(c.ref()).isEqualTo("pkg:maven/org.apache/text@1.9");
            assertThat(c.group()).isEqualTo("org.apache");
            assertThat(c.name()).isEqualTo("text");
            assertThat(c.version()).isEqualTo("1.9");
            assertThat(c.hashes())
                    .containsEntry("sha1", "ab12")
                    .containsEntry("sha256", "cd34")
                    .containsKey("sha512");
            assertThat(c.licenses()).containsExactly("Apache-2.0", "MIT");
            assertThat(c.sources()).containsExactly("bom.json", "dc.json");
            assertThat(c.vulnerabilities()).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(v.score()).isEqualTo("7.5");
                assertThat(v.assessment())
                        .isEqualTo(
                                new Assessment("not_affected", "code_not_reachable", "never called", "VEX bom.json"));
            });
        });
    }

    /** Issue 15: a suppression without notes records no reason, so it is no assessment; it stays marked suppressed. */
    @Test
    void shouldNotCountAScannerSuppressionWithoutNotesAsAnAssessment() {
        List<Component> components = new ComponentCollector()
                .add(scan(dependency(
                        "a.jar", "pkg:maven/g/a@1", List.of(), List.of(vulnerability("CVE-2", Severity.MEDIUM, 5)))))
                .components();

        assertThat(components.get(0).vulnerabilities()).singleElement().satisfies(v -> {
            assertThat(v.assessment()).isEqualTo(Assessment.NONE);
            assertThat(v.isSuppressed()).isTrue();
            assertThat(v.score()).isEqualTo("5");
        });
    }

    /** Issue 17, point 22: suppressed inside {@code <vulnerabilities>} (schema 2.x) is assessed, with its notes. */
    @Test
    void shouldAssessAVulnerabilitySuppressedInsideVulnerabilitiesWithItsNotes() throws ReportException {
        Path file = Fixtures.of("dependency-check-2.2-suppressed-inline.xml");
        List<Component> components = new ComponentCollector()
                .add(new DependencyCheckXmlParser().parse(file))
                .components();

        assertThat(components.get(0).vulnerabilities())
                .extracting(
                        v -> v.id(),
                        v -> v.assessment().isDecided(),
                        v -> v.assessment().detail())
                .containsExactly(
                        Tuple.tuple("CVE-2019-12086", false, ""),
                        Tuple.tuple(
                                "CVE-2019-14379",
                                true,
                                "suppressed in Dependency-Check: Default typing is never enabled (PUMP-77)."),
                        Tuple.tuple("CVE-2019-14540", false, ""),
                        Tuple.tuple(
                                "CVE-2019-16335",
                                true,
                                "suppressed in Dependency-Check: No polymorphic" + " deserialisation."));
    }

    @Test
    void shouldKeepComponentsWithoutPackageUrlByNameAndVersion() {
        List<Component> components = new ComponentCollector()
                .add(scan(dependency("native.dll", "", List.of(), List.of())))
                .add(sbom(List.of(component("r", "", "zlib", "1.3", "")), List.of()))
                .components();

        assertThat(components).extracting(Component::ref).containsExactly("native.dll", "zlib@1.3");
    }
}
