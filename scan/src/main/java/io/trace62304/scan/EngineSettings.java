package io.trace62304.scan;

import java.nio.file.Path;
import java.util.List;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Dependency-Check settings for a scan inside the gate: the user's data directory, no database update unless the
 * user allows it, and none of the analyzers or services that ask a server (Maven Central, Nexus, Artifactory, OSS
 * Index, the npm/yarn/pnpm audit APIs, RetireJS's repository, the hosted suppressions, the engine's own version check)
 * or start another program (dotnet, bundle-audit, mix, go) each time they run.
 */
final class EngineSettings {
    private static final List<String> REMOTE_OR_EXTERNAL = List.of(
            Settings.KEYS.ANALYZER_CENTRAL_ENABLED,
            Settings.KEYS.ANALYZER_NEXUS_ENABLED,
            Settings.KEYS.ANALYZER_ARTIFACTORY_ENABLED,
            Settings.KEYS.ANALYZER_OSSINDEX_ENABLED,
            Settings.KEYS.ANALYZER_NODE_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_YARN_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_PNPM_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_RETIREJS_ENABLED,
            Settings.KEYS.HOSTED_SUPPRESSIONS_ENABLED,
            Settings.KEYS.UPDATE_VERSION_CHECK_ENABLED,
            Settings.KEYS.ANALYZER_ASSEMBLY_ENABLED,
            Settings.KEYS.ANALYZER_BUNDLE_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_MIX_AUDIT_ENABLED,
            Settings.KEYS.ANALYZER_GOLANG_MOD_ENABLED);

    private EngineSettings() {}

    /**
     * @param data      the Dependency-Check data directory (its H2 database {@code odc.mv.db})
     * @param update    whether Dependency-Check may update that database from the NVD before scanning
     * @param temporary where the engine may copy the database and unpack archives; the caller deletes it
     */
    static Settings of(final Path data, final boolean update, final Path temporary) {
        Settings settings = new Settings();
        settings.setString(Settings.KEYS.DATA_DIRECTORY, data.toString());
        settings.setString(Settings.KEYS.TEMP_DIRECTORY, temporary.toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, update);
        REMOTE_OR_EXTERNAL.forEach(key -> settings.setBoolean(key, false));
        return settings;
    }

    /** @return the settings that {@link #of} turns off, for tests and docs */
    static List<String> turnedOff() {
        return REMOTE_OR_EXTERNAL;
    }
}
