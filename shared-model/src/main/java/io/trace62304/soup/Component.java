package io.trace62304.soup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A third-party component found in the build (the SOUP candidate). {@code ref} is the canonical package URL
 * without qualifiers, or {@code name@version} when the scans give none; {@code sources} lists the report files
 * that name it.
 */
public record Component(
        String ref,
        String group,
        String name,
        String version,
        String purl,
        Map<String, String> hashes,
        List<String> licenses,
        List<String> sources,
        List<ComponentVulnerability> vulnerabilities) {
    public Component {
        Objects.requireNonNull(ref);
        Objects.requireNonNull(group);
        Objects.requireNonNull(name);
        Objects.requireNonNull(version);
        Objects.requireNonNull(purl);
        hashes = java.util.Collections.unmodifiableMap(new TreeMap<>(hashes));
        licenses = licenses.stream().distinct().sorted().toList();
        sources = sources.stream().distinct().sorted().toList();
        vulnerabilities = vulnerabilities.stream().sorted().toList();
    }
}
