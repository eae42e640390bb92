package io.trace62304.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Severity;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvParserTest {
    private final OsvParser parser = new OsvParser(ReportLimits.DEFAULT);

    @TempDir
    Path temp;

    @Test
    void shouldReadAGitHubAdvisoryRecordWithItsCvssScore() throws ReportException {
        List<Advisory> advisories = parser.parse(Fixtures.of("vuln/osv/maven/GHSA-599f-7c49-w659.json"));

        assertThat(advisories).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("GHSA-599f-7c49-w659");
            assertThat(a.aliases()).containsExactly("CVE-2022-42889");
            assertThat(a.score()).isEqualTo("9.8");
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.modified()).isEqualTo("2024-02-16T08:17:30Z");
            assertThat(a.affected()).singleElement().satisfies(p -> {
                assertThat(p.key().coordinates()).isEqualTo("pkg:maven/org.apache.commons/commons-text");
                assertThat(p.ranges())
                        .singleElement()
                        .satisfies(r -> assertThat(r.fixedVersions()).containsExactly("1.10.0"));
            });
        });
    }

    @Test
    void shouldScoreCvss4VectorsAndKeepEveryAffectedPackage() throws ReportException {
        Advisory advisory = parser.parse(Fixtures.of("vuln/osv/maven/GHSA-j288-q9x7-2f5v.json"))
                .get(0);

        assertThat(advisory.score()).isNotEmpty();
        assertThat(Double.valueOf(advisory.score())).isBetween(0.1, 6.9);
        assertThat(advisory.severity()).isIn(Severity.LOW, Severity.MEDIUM);
        assertThat(advisory.affected())
                .extracting(p -> p.key().coordinates())
                .containsExactly("pkg:maven/org.apache.commons/commons-lang3", "pkg:maven/commons-lang/commons-lang");
    }

    @Test
    void shouldFallBackToTheDatabaseSeverityAndElseToUnknown() throws ReportException, IOException {
        Path rated = write("rated.json", """
                {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2026-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "npm", "name": "x"}, "versions": ["1.0.0"]}],
                 "database_specific": {"severity": "MODERATE"}}
                """);

        assertThat(parser.parse(rated).get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(parser.parse(rated).get(0).score()).isEmpty();
        Advisory unscored = parser.parse(Fixtures.of("vuln/osv/maven/OSV-FIXTURE-NOSCORE.json"))
                .get(0);
        assertThat(unscored.severity()).isEqualTo(Severity.UNKNOWN);
        assertThat(unscored.score()).isEmpty();
    }

    @Test
    void shouldLeaveOutWithdrawnRecords() throws ReportException {
        assertThat(parser.parse(Fixtures.of("vuln/osv/maven/OSV-FIXTURE-WITHDRAWN.json")))
                .isEmpty();
    }

    @Test
    void shouldReadArraysAndOsvApiAnswers() throws ReportException, IOException {
        String record = """
                {"id": "%s", "modified": "2026-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "crates.io", "name": "smallvec"},
                   "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.6.1"}]}]}]}
                """;
        Path array =
                write("array.json", "[" + record.formatted("RUSTSEC-1") + "," + record.formatted("RUSTSEC-2") + "]");
        Path answer = write("answer.json", "{\"vulns\": [" + record.formatted("RUSTSEC-3") + "]}");

        assertThat(parser.parse(array)).extracting(Advisory::id).containsExactly("RUSTSEC-1", "RUSTSEC-2");
        assertThat(parser.parse(answer))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.affected().get(0).key().coordinates()).isEqualTo("pkg:cargo/smallvec"));
    }

    @Test
    void shouldDropPackagesOfEcosystemsWithoutPackageUrlType() throws ReportException, IOException {
        Path file = write("debian.json", """
                {"id": "DSA-1", "modified": "2026-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "Debian:12", "name": "openssl"}, "versions": ["3.0.1"]},
                              {"package": {"ecosystem": "Maven", "name": "g:a"}, "versions": ["1"]}]}
                """);

        assertThat(parser.parse(file).get(0).affected())
                .extracting(p -> p.key().coordinates())
                .containsExactly("pkg:maven/g/a");
    }

    @Test
    void shouldNameFileAndPointerOfABrokenRecord() throws IOException {
        Path noId = write("no-id.json", "{\"modified\": \"2026-01-01T00:00:00Z\"}");
        Path badRange = write("bad-range.json", """
                {"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "x"},
                  "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixd": "1.0.0"}]}]}]}
                """);
        Path badType = write("bad-type.json", """
                {"id": "X-2", "affected": [{"package": {"ecosystem": "npm", "name": "x"},
                  "ranges": [{"type": "RANGE", "events": [{"introduced": "0"}]}]}]}
                """);

        assertThatThrownBy(() -> parser.parse(noId))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("no-id.json")
                .hasMessageContaining("/id");
        assertThatThrownBy(() -> parser.parse(badRange))
                .hasMessageContaining("bad-range.json")
                .hasMessageContaining("/affected/0/ranges/0/events/1");
        assertThatThrownBy(() -> parser.parse(badType))
                .hasMessageContaining("/affected/0/ranges/0/type")
                .hasMessageContaining("RANGE");
    }

    private Path write(final String name, final String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
