package io.trace62304.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KevCatalogTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadTheCatalogueAndFindAnEntryByAnyIdentifier() throws ReportException {
        KevCatalog kev = KevCatalog.read(Fixtures.of("vuln/kev.json"), ReportLimits.DEFAULT);

        assertThat(kev.catalogVersion()).isEqualTo("2026.12.01");
        assertThat(kev.dateReleased()).startsWith("2026-12-01");
        assertThat(kev.entries()).containsOnlyKeys("CVE-2021-44228", "CVE-2023-32681");
        assertThat(kev.find(List.of("GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228"))).hasValueSatisfying(e -> {
            assertThat(e.dateAdded()).isEqualTo("2021-12-10");
            assertThat(e.dueDate()).isEqualTo("2021-12-24");
            assertThat(e.ransomwareUse()).isEqualTo("Known");
            assertThat(e.product()).isEqualTo("Log4j2");
        });
        assertThat(kev.find(List.of("CVE-2022-42889"))).isEmpty();
        assertThat(kev.isPresent()).isTrue();
        assertThat(KevCatalog.NONE.isPresent()).isFalse();
    }

    @Test
    void shouldRefuseATruncatedCatalogue() {
        assertThatThrownBy(() -> KevCatalog.read(Fixtures.of("vuln/kev-truncated.json"), ReportLimits.DEFAULT))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("kev-truncated.json")
                .hasMessageContaining("1240")
                .hasMessageContaining("truncated");
    }

    @Test
    void shouldRefuseOtherJsonAndIncompleteEntries() throws IOException {
        Path osv = Fixtures.of("vuln/osv/maven/GHSA-599f-7c49-w659.json");
        Path incomplete = Files.writeString(
                temp.resolve("kev.json"), "{\"catalogVersion\": \"1\", \"vulnerabilities\": [{\"cveID\": \"CVE-1\"}]}");

        assertThatThrownBy(() -> KevCatalog.read(osv, ReportLimits.DEFAULT))
                .hasMessageContaining("not a CISA KEV catalogue");
        assertThatThrownBy(() -> KevCatalog.read(incomplete, ReportLimits.DEFAULT))
                .hasMessageContaining("/vulnerabilities/0")
                .hasMessageContaining("dateAdded");
    }
}
