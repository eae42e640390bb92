package io.trace62304.soup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A third-party component found in the build (the SOUP candidate). {@code ref} is the canonical package URL
 * without qualifiers, or {@code name@version} when the scans give none; {@code sources} lists the report files
 * that name it; {@code supplier} is the supplier or manufacturer the SBOM names, or empty; {@code dependsOn} the refs
 * of the components it depends on, from the SBOM's dependency graph; {@code cpe} the first CPE a Dependency-Check
 * scan assigned, or empty.
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
        List<ComponentVulnerability> vulnerabilities,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String supplier,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> dependsOn,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String cpe) {
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
        supplier = supplier == null ? "" : supplier;
        dependsOn = dependsOn == null
                ? List.of()
                : dependsOn.stream().distinct().sorted().toList();
        cpe = cpe == null ? "" : cpe;
    }

    /** A component whose SBOM gives no dependency graph. */
    public Component(
            final String ref,
            final String group,
            final String name,
            final String version,
            final String purl,
            final Map<String, String> hashes,
            final List<String> licenses,
            final List<String> sources,
            final List<ComponentVulnerability> vulnerabilities,
            final String supplier) {
        this(ref, group, name, version, purl, hashes, licenses, sources, vulnerabilities, supplier, List.of(), "");
    }

    /** A component whose reports name no supplier. */
    public Component(
            final String ref,
            final String group,
            final String name,
            final String version,
            final String purl,
            final Map<String, String> hashes,
            final List<String> licenses,
            final List<String> sources,
            final List<ComponentVulnerability> vulnerabilities) {
        this(ref, group, name, version, purl, hashes, licenses, sources, vulnerabilities, "", List.of(), "");
    }

    /** The same component with other vulnerabilities (their assessments decided). */
    public Component withVulnerabilities(final List<ComponentVulnerability> decided) {
        return new Component(
                ref, group, name, version, purl, hashes, licenses, sources, decided, supplier, dependsOn, cpe);
    }
}
