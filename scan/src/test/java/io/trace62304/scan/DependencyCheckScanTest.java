package io.trace62304.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import io.trace62304.depcheck.Cvss;
import io.trace62304.depcheck.Dependency;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.depcheck.Identifier;
import io.trace62304.depcheck.Vulnerability;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Issue 15 (Dependency-Check core, in process): the real engine and analyzers (archive, file name, JAR, hint, CPE,
 * NVD CVE, suppression…) scan a jar this build has, jackson-core from the test class path, against a database built
 * through the library's own API with one made-up CVE for jackson-core (CVE-2099-0001), offline. They identify it
 * (SHA-256, package URL, CPE) and match the CVE; missing, empty, undated and stale data, and a missing path, are
 * refused (the gate cannot decide) without creating anything.
 */
class DependencyCheckScanTest {
    private static final Instant CHECKED = Instant.parse("2026-12-01T06:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    static Path shared;

    private static Path data;
    private static Path jar;

    @TempDir
    Path temp;

    @BeforeAll
    static void database() throws Exception {
        data = TestDatabase.build(shared.resolve("data"), List.of("CVE-2099-0001.json"), CHECKED);
        jar = jarOf(JsonFactory.class);
    }

    private static Path jarOf(final Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Clock at(final Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void theRealAnalyzersIdentifyTheJarAndMatchTheCveOffline() throws Exception {
        DependencyCheckScan scan =
                new DependencyCheckScan(List.of(jar), data, WEEK, false, at(CHECKED.plusSeconds(3600)));

        DependencyCheckReport report = scan.run();

        assertThat(report.file())
                .isEqualTo(scan.describe())
                .contains(jar.toString())
                .contains(data.toString());
        assertThat(report.isComplete()).as("%s", report.analysisExceptions()).isTrue();
        assertThat(report.dataAsOf()).isEqualTo(CHECKED.toString());
        String version = JsonFactory.class.getPackage().getImplementationVersion();
        Dependency core = report.dependencies().stream()
                .filter(d -> d.fileName().equals(jar.getFileName().toString()))
                .findFirst()
                .orElseThrow();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertThat(core.hashes().sha256()).isEqualTo(sha256);
        assertThat(core.packageUrls()).contains("pkg:maven/com.fasterxml.jackson.core/jackson-core@" + version);
        assertThat(core.identifiers())
                .extracting(Identifier::type, Identifier::value)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "cpe", "cpe:2.3:a:fasterxml:jackson-core:" + version + ":*:*:*:*:*:*:*"));
        Vulnerability cve = core.vulnerabilities().stream()
                .filter(v -> v.id().equals("CVE-2099-0001"))
                .findFirst()
                .orElseThrow();
        assertThat(cve.severity()).isEqualTo(Severity.HIGH);
        assertThat(cve.cvss())
                .extracting(Cvss::version, Cvss::baseScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 7.5));
        assertThat(cve.cwes()).contains("CWE-400");
    }

    @Test
    void aMissingDataDirectoryIsRefusedAndNotCreated() {
        Path missing = temp.resolve("no-such-data");

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar), missing, WEEK, false, at(CHECKED)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(missing.toString())
                .hasMessageContaining("no Dependency-Check data directory here");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aDataDirectoryWithoutADatabaseIsRefused() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("data"));

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar), empty, WEEK, false, at(CHECKED)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("no Dependency-Check database (odc.mv.db) in this directory")
                .hasMessageContaining("cannot decide");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aDatabaseWithoutVulnerabilityDataIsRefused() throws Exception {
        Path empty = TestDatabase.build(temp.resolve("empty"), List.of(), CHECKED);

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar), empty, WEEK, false, at(CHECKED)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("holds no vulnerability data")
                .hasMessageContaining("cannot decide");
    }

    @Test
    void aStaleDatabaseIsRefusedNamingItsLastUpdate() throws ReportException {
        Instant later = CHECKED.plus(Duration.ofDays(30));

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar), data, WEEK, false, at(later)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("last updated " + CHECKED)
                .hasMessageContaining("more than 7 days before this scan")
                .hasMessageContaining("cannot decide on stale data");
        // the same data within its allowed age is accepted: the refusal is the age, nothing else
        assertThat(new DependencyCheckScan(List.of(jar), data, Duration.ofDays(31), false, at(later))
                        .run()
                        .dependencies())
                .isNotEmpty();
    }

    @Test
    void aDatabaseThatRecordsNoUpdateTimeIsRefused() throws Exception {
        Path undated = TestDatabase.build(temp.resolve("undated"), List.of("CVE-2099-0001.json"), null);

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar), undated, WEEK, false, at(CHECKED)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("records no update time");
    }

    @Test
    void aPathThatDoesNotExistIsRefused() {
        Path missing = temp.resolve("target/lib");

        assertThatThrownBy(() -> new DependencyCheckScan(List.of(jar, missing), data, WEEK, false, at(CHECKED)).run())
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(missing.toString())
                .hasMessageContaining("nothing to scan here");
    }

    @Test
    void theEngineNeverUpdatesNorAsksAServerUnlessAllowed() throws Exception {
        Settings offline = EngineSettings.of(data, false, temp);
        Settings updating = EngineSettings.of(data, true, temp);

        assertThat(offline.getBoolean(Settings.KEYS.AUTO_UPDATE, true)).isFalse();
        assertThat(updating.getBoolean(Settings.KEYS.AUTO_UPDATE, false)).isTrue();
        for (Settings settings : List.of(offline, updating)) {
            assertThat(EngineSettings.turnedOff())
                    .contains(
                            Settings.KEYS.ANALYZER_CENTRAL_ENABLED,
                            Settings.KEYS.ANALYZER_OSSINDEX_ENABLED,
                            Settings.KEYS.HOSTED_SUPPRESSIONS_ENABLED)
                    .allSatisfy(key ->
                            assertThat(settings.getBoolean(key, true)).as(key).isFalse());
            assertThat(settings.getString(Settings.KEYS.NVD_API_KEY)).isNull();
        }
    }
}
