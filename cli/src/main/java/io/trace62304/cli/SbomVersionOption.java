package io.trace62304.cli;

import io.trace62304.render.SbomVersion;
import picocli.CommandLine.Option;

/** {@code --sbom-version 1.6|1.7}: the CycloneDX version of {@code sbom.cdx.json} (gate and pack). */
final class SbomVersionOption {
    @Option(
            names = "--sbom-version",
            paramLabel = "1.6|1.7",
            description = "CycloneDX version of sbom.cdx.json (default: 1.6).")
    private String text = SbomVersion.DEFAULT.text();

    /**
     * @return the version asked for
     * @throws IllegalArgumentException naming the option and the versions that can be written
     */
    SbomVersion version() {
        try {
            return SbomVersion.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sbom-version: " + e.getMessage(), e);
        }
    }
}
