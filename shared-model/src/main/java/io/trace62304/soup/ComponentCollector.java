package io.trace62304.soup;

import io.trace62304.depcheck.Cvss;
import io.trace62304.depcheck.Dependency;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.depcheck.Vulnerability;
import io.trace62304.sbom.Sbom;
import io.trace62304.sbom.SbomComponent;
import io.trace62304.sbom.SbomVulnerability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the components of every Dependency-Check scan and CycloneDX SBOM of a build into one list, one entry
 * per component and version: hashes, licenses and vulnerabilities from all reports that name it.
 */
public final class ComponentCollector {
    private final Map<String, Draft> drafts = new TreeMap<>();

    /**
     * Adds the dependencies of a scan. A suppressed vulnerability stays one, marked as suppressed; it counts as
     * assessed (not affected) only when the suppression's notes give the reason.
     */
    public ComponentCollector add(final DependencyCheckReport scan) {
        for (Dependency dependency : scan.dependencies()) {
            Optional<PackageUrl> purl = dependency.packageUrls().stream()
                    .map(PackageUrl::parse)
                    .flatMap(Optional::stream)
                    .findFirst();
            Draft draft = draft(purl, "", dependency.fileName(), "");
            draft.sources.add(scan.file());
            if (draft.cpe.isEmpty()) {
                dependency.identifiers().stream()
                        .filter(id -> "cpe".equalsIgnoreCase(id.type()) && id.value() != null)
                        .map(id -> id.value().strip())
                        .filter(v -> v.startsWith("cpe:"))
                        .findFirst()
                        .ifPresent(v -> draft.cpe = v);
            }
            putHash(draft, "md5", dependency.hashes().md5());
            putHash(draft, "sha1", dependency.hashes().sha1());
            putHash(draft, "sha256", dependency.hashes().sha256());
            if (dependency.license() != null && !dependency.license().isBlank()) {
                draft.licenses.add(dependency.license().strip());
            }
            dependency.vulnerabilities().forEach(v -> draft.add(vulnerability(v, Assessment.NONE)));
            dependency
                    .suppressed()
                    .forEach(v -> draft.add(
                            vulnerability(v, suppression(v, scan.file())).suppressed(scan.file())));
        }
        return this;
    }

    /**
     * A vulnerability suppressed in Dependency-Check is assessed as not affected for the reason its notes give;
     * without notes nobody recorded why, so it is unassessed.
     */
    private static Assessment suppression(final Vulnerability vulnerability, final String scan) {
        if (vulnerability.notes().isBlank()) {
            return Assessment.NONE;
        }
        return new Assessment(
                "not_affected",
                "",
                "suppressed in Dependency-Check: " + vulnerability.notes().strip(),
                "Dependency-Check suppression in " + scan);
    }

    /** Adds the components of an SBOM (not its subject) and the VEX statements about them. */
    public ComponentCollector add(final Sbom sbom) {
        Map<String, Draft> byBomRef = new HashMap<>();
        for (SbomComponent component : sbom.components()) {
            Draft draft = draft(
                    PackageUrl.parse(nullToEmpty(component.purl())),
                    nullToEmpty(component.group()),
                    component.name(),
                    nullToEmpty(component.version()));
            draft.sources.add(sbom.file());
            component.hashes().forEach((algorithm, value) -> putHash(draft, algorithm, value));
            draft.licenses.addAll(component.licenses());
            if (draft.supplier.isEmpty() && component.supplier() != null) {
                draft.supplier = component.supplier().strip();
            }
            if (component.bomRef() != null) {
                byBomRef.put(component.bomRef(), draft);
            }
        }
        sbom.dependencies().forEach((ref, dependsOn) -> {
            Draft from = byBomRef.get(ref);
            if (from != null) {
                dependsOn.stream()
                        .map(byBomRef::get)
                        .filter(java.util.Objects::nonNull)
                        .forEach(to -> from.dependsOn.add(to.ref));
            }
        });
        for (SbomVulnerability vulnerability : sbom.vulnerabilities()) {
            Assessment assessment = vulnerability.isAssessed()
                    ? new Assessment(
                            vulnerability.state(),
                            nullToEmpty(vulnerability.justification()),
                            nullToEmpty(vulnerability.detail()),
                            "VEX " + sbom.file(),
                            vulnerability.responses())
                    : Assessment.NONE;
            for (String ref : vulnerability.affects()) {
                Draft draft = byBomRef.get(ref);
                if (draft != null) {
                    draft.add(new ComponentVulnerability(
                            vulnerability.id(),
                            vulnerability.severity(),
                            vulnerability.score(),
                            nullToEmpty(vulnerability.source()),
                            assessment));
                }
            }
        }
        return this;
    }

    /** The merged components in reference order. */
    public List<Component> components() {
        return drafts.values().stream().map(Draft::build).toList();
    }

    private Draft draft(final Optional<PackageUrl> purl, final String group, final String name, final String version) {
        String ref = purl.map(PackageUrl::text)
                .orElseGet(
                        () -> (group.isEmpty() ? "" : group + "/") + name + (version.isEmpty() ? "" : "@" + version));
        String coordinates = purl.map(PackageUrl::coordinates).orElse("");
        String namespace = coordinates.contains("/") && coordinates.indexOf('/') != coordinates.lastIndexOf('/')
                ? coordinates.substring(coordinates.indexOf('/') + 1, coordinates.lastIndexOf('/'))
                : group;
        return drafts.computeIfAbsent(
                ref,
                r -> new Draft(
                        r,
                        namespace,
                        purl.map(PackageUrl::name).orElse(name),
                        purl.map(PackageUrl::version).filter(v -> !v.isEmpty()).orElse(version),
                        purl.map(PackageUrl::text).orElse("")));
    }

    private static void putHash(final Draft draft, final String algorithm, final String value) {
        if (value != null && !value.isBlank()) {
            draft.hashes.putIfAbsent(
                    algorithm.toLowerCase(Locale.ROOT).replace("-", ""),
                    value.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static ComponentVulnerability vulnerability(
            final Vulnerability vulnerability, final Assessment assessment) {
        String score = vulnerability.cvss().stream().mapToDouble(Cvss::baseScore).max().stream()
                .mapToObj(s -> BigDecimal.valueOf(s).stripTrailingZeros().toPlainString())
                .findFirst()
                .orElse("");
        return new ComponentVulnerability(
                vulnerability.id(), vulnerability.severity(), score, nullToEmpty(vulnerability.source()), assessment);
    }

    private static String nullToEmpty(final String value) {
        return value == null ? "" : value;
    }

    /** A component being merged from several reports. */
    private static final class Draft {
        private final String ref;
        private final String group;
        private final String name;
        private final String version;
        private final String purl;
        private final Map<String, String> hashes = new TreeMap<>();
        private final List<String> licenses = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final Map<String, ComponentVulnerability> vulnerabilities = new TreeMap<>();
        private String supplier = "";
        private String cpe = "";
        private final java.util.Set<String> dependsOn = new java.util.TreeSet<>();

        Draft(final String ref, final String group, final String name, final String version, final String purl) {
            this.ref = ref;
            this.group = group;
            this.name = name;
            this.version = version;
            this.purl = purl;
        }

        void add(final ComponentVulnerability vulnerability) {
            vulnerabilities.merge(vulnerability.id(), vulnerability, Draft::stronger);
        }

        /** Keeps the decided assessment and the more severe rating of two reports of one vulnerability. */
        private static ComponentVulnerability stronger(final ComponentVulnerability a, final ComponentVulnerability b) {
            ComponentVulnerability rated = a.severity().compareTo(b.severity()) <= 0 ? a : b;
            Assessment assessment =
                    a.assessment().isDecided() || b.assessment().state().isEmpty() ? a.assessment() : b.assessment();
            String score = rated.score().isEmpty() ? (a.score().isEmpty() ? b.score() : a.score()) : rated.score();
            String suppressedIn = a.suppressedIn().isEmpty() ? b.suppressedIn() : a.suppressedIn();
            return new ComponentVulnerability(
                    rated.id(), rated.severity(), score, rated.source(), assessment, suppressedIn);
        }

        Component build() {
            return new Component(
                    ref,
                    group,
                    name,
                    version,
                    purl,
                    hashes,
                    licenses,
                    sources,
                    new ArrayList<>(vulnerabilities.values()),
                    supplier,
                    new ArrayList<>(dependsOn),
                    cpe);
        }
    }
}
