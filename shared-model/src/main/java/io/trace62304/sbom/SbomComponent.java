package io.trace62304.sbom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A component of a CycloneDX SBOM: a candidate SOUP item (IEC 62304 8.1.2: title, manufacturer, unique
 * designator).
 *
 * @param bomRef    the component's {@code bom-ref}, or empty
 * @param type      {@code library}, {@code framework}, {@code application}…
 * @param group     the group or namespace, or empty
 * @param name      the name
 * @param version   the exact version, or empty
 * @param purl      the package URL, or empty
 * @param hashes    algorithm (e.g. {@code SHA-256}) to hex digest, sorted by algorithm
 * @param licenses  SPDX ids, license names or an SPDX expression
 * @param supplier  the supplier or manufacturer name, or empty
 * @param parentRef the {@code bom-ref} of the component this one is nested in, or empty
 */
public record SbomComponent(
        String bomRef,
        String type,
        String group,
        String name,
        String version,
        String purl,
        Map<String, String> hashes,
        List<String> licenses,
        String supplier,
        String parentRef) {
    public SbomComponent {
        Objects.requireNonNull(name);
        hashes = Map.copyOf(new TreeMap<>(hashes));
        licenses = List.copyOf(licenses);
    }

    /** @return hashes sorted by algorithm name */
    public Map<String, String> sortedHashes() {
        return new TreeMap<>(hashes);
    }
}
