package io.trace62304.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.jeremylong.openvulnerability.client.nvd.DefCveItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.owasp.dependencycheck.data.nvdcve.CveDB;
import org.owasp.dependencycheck.data.nvdcve.DatabaseProperties;
import org.owasp.dependencycheck.utils.Settings;

/**
 * A Dependency-Check H2 database built through the library's own API, as its NVD update writes one: the schema
 * from {@link CveDB}, NVD API 2.0 CVE records ({@code src/test/resources/nvd}) stored with
 * {@link CveDB#updateVulnerability}, and the update times in the database properties. Shared with other modules'
 * tests through this module's test jar.
 */
public final class TestDatabase {
    private TestDatabase() {}

    /**
     * @param directory   the data directory to create the database in
     * @param records     NVD CVE record resources under {@code /nvd/}
     * @param lastChecked when the NVD was last asked, or {@code null} for a database that records no update time
     */
    public static Path build(final Path directory, final List<String> records, final Instant lastChecked)
            throws IOException {
        Settings settings = new Settings();
        settings.setString(Settings.KEYS.DATA_DIRECTORY, directory.toString());
        settings.setString(
                Settings.KEYS.TEMP_DIRECTORY, directory.resolve("tmp").toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, true); // lets CveDB create the schema
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        try (CveDB db = new CveDB(settings)) {
            db.open();
            for (String record : records) {
                try (InputStream in = TestDatabase.class.getResourceAsStream("/nvd/" + record)) {
                    db.updateVulnerability(json.readValue(in, DefCveItem.class), "java");
                }
            }
            db.persistEcosystemCache();
            if (lastChecked != null) {
                DatabaseProperties properties = db.getDatabaseProperties();
                properties.save(DatabaseProperties.NVD_API_LAST_CHECKED, lastChecked.atZone(ZoneOffset.UTC));
                properties.save(
                        DatabaseProperties.NVD_API_LAST_MODIFIED,
                        lastChecked.minusSeconds(86_400).atZone(ZoneOffset.UTC));
            }
        } finally {
            settings.cleanup();
        }
        return directory;
    }
}
