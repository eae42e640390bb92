package io.trace62304.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffectedReleasesTest {
    @Test
    void shouldDrawUpOneReportPerSoupItemAndVulnerabilityNamingEveryAffectedRelease() {
        MonitoringReport report = new MonitoringReport(
                "2026-12-04T06:00:00Z",
                List.of(),
                List.of(),
                List.of(
                        release("1.3.0 (pump #30)", finding("PUMP-41", "3.10", "medium", List.of("assess it"))),
                        release(
                                "1.4.0 (pump #42)",
                                finding("PUMP-41", "3.11", "high", List.of("assess it")),
                                finding("", "3.11", "high", List.of("assess it")),
                                finding("PUMP-41", "3.11", "high", List.of()))));

        List<AffectedReleases> affected = AffectedReleases.of(report);

        assertThat(affected).singleElement().satisfies(a -> {
            assertThat(a.soupItem()).isEqualTo("PUMP-41");
            assertThat(a.releases()).containsExactly("1.3.0 (pump #30)", "1.4.0 (pump #42)");
            assertThat(a.components())
                    .containsExactly(
                            "pkg:maven/org.apache.commons/commons-lang3@3.10",
                            "pkg:maven/org.apache.commons/commons-lang3@3.11");
            assertThat(a.severity()).as("the highest").isEqualTo("high");
            assertThat(a.summary())
                    .startsWith("CVE-2025-48924 (high) in pkg:maven/org.apache.commons/commons-lang3@3.10, ")
                    .endsWith("affects released 1.3.0 (pump #30), 1.4.0 (pump #42)");
            assertThat(a.description())
                    .contains("Affected released versions: 1.3.0 (pump #30), 1.4.0 (pump #42)")
                    .contains("- assess it")
                    .contains("Communication Decision", "6.2.5");
        });
    }

    private static ReleaseCheck release(final String name, final MonitorFinding... findings) {
        return new ReleaseCheck(name + ".json", name, "sha256:00", List.of(), List.of(findings));
    }

    private static MonitorFinding finding(
            final String item, final String version, final String severity, final List<String> actions) {
        return new MonitorFinding(
                "pkg:maven/org.apache.commons/commons-lang3@" + version,
                item,
                "CVE-2025-48924",
                List.of("GHSA-j288-q9x7-2f5v"),
                List.of(ChangeKind.NEW_VULNERABILITY),
                "",
                severity,
                "",
                "",
                List.of("3.18.0"),
                "",
                "",
                actions,
                List.of("osv/GHSA-j288-q9x7-2f5v.json"));
    }
}
