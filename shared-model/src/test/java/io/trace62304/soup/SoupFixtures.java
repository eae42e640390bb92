package io.trace62304.soup;

import io.trace62304.depcheck.Cvss;
import io.trace62304.depcheck.Dependency;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.depcheck.Hashes;
import io.trace62304.depcheck.Identifier;
import io.trace62304.depcheck.Vulnerability;
import io.trace62304.report.Severity;
import io.trace62304.sbom.Sbom;
import io.trace62304.sbom.SbomComponent;
import io.trace62304.sbom.SbomVulnerability;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scans and SBOMs built in code, for the SOUP tests. */
final class SoupFixtures {
    private SoupFixtures() {}

    static DependencyCheckReport scan(final Dependency... dependencies) {
        return new DependencyCheckReport("dc.json", "1.1", "12.1.0", "", "app", List.of(dependencies), List.of());
    }

    static Dependency dependency(
            final String fileName,
            final String purl,
            final List<Vulnerability> vulnerabilities,
            final List<Vulnerability> suppressed) {
        List<Identifier> identifiers = purl.isEmpty() ? List.of() : List.of(new Identifier("purl", purl, "HIGHEST"));
        return new Dependency(
                fileName,
                "/lib/" + fileName,
                false,
                new Hashes("", "ab12", "CD34"),
                identifiers,
                "Apache-2.0",
                vulnerabilities,
                suppressed,
                List.of());
    }

    static Vulnerability vulnerability(final String id, final Severity severity, final double score) {
        return new Vulnerability(id, "NVD", severity, List.of(new Cvss(3, score, severity, "")), List.of(), "");
    }

    static Sbom sbom(final List<SbomComponent> components, final List<SbomVulnerability> vulnerabilities) {
        return new Sbom("bom.json", "1.6", "urn:uuid:1", Optional.empty(), components, Map.of(), vulnerabilities);
    }

    static SbomComponent component(
            final String ref, final String group, final String name, final String version, final String purl) {
        return new SbomComponent(
                ref,
                "library",
                group,
                name,
                version,
                purl,
                Map.of("SHA-256", "CD34", "SHA-512", "ef"),
                List.of("MIT"),
                "",
                null);
    }
}
