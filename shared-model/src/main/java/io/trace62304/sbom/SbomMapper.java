package io.trace62304.sbom;

import io.trace62304.report.CvssBands;
import io.trace62304.report.ReportException;
import io.trace62304.report.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.vulnerability.Vulnerability;

/** Maps cyclonedx-core-java's mutable model onto our immutable records. */
final class SbomMapper {
    private final String file;
    private final String specVersion;
    private final String timestamp;

    /**
     * @param specVersion the specification version the document declares
     * @param timestamp   {@code metadata.timestamp} as the document writes it, or empty
     */
    SbomMapper(final String file, final String specVersion, final String timestamp) {
        this.file = file;
        this.specVersion = specVersion;
        this.timestamp = timestamp;
    }

    Sbom map(final Bom bom) throws ReportException {
        List<SbomComponent> components = new ArrayList<>();
        for (Component component : orEmpty(bom.getComponents())) {
            flatten(component, "", components);
        }
        Component described =
                bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
        Optional<SbomComponent> subject = described == null ? Optional.empty() : Optional.of(component(described, ""));
        return new Sbom(
                file,
                specVersion,
                text(bom.getSerialNumber()),
                subject,
                components,
                dependencies(bom),
                vulnerabilities(bom),
                io.trace62304.report.ScanTimestamps.parse(timestamp)
                        .map(Object::toString)
                        .orElse(""));
    }

    private void flatten(final Component component, final String parentRef, final List<SbomComponent> into)
            throws ReportException {
        SbomComponent mapped = component(component, parentRef);
        into.add(mapped);
        for (Component child : orEmpty(component.getComponents())) {
            flatten(child, mapped.bomRef(), into);
        }
    }

    private SbomComponent component(final Component component, final String parentRef) throws ReportException {
        if (component.getName() == null || component.getName().isBlank()) {
            throw new ReportException(
                    file,
                    0,
                    0,
                    "a component (bom-ref '" + text(component.getBomRef()) + "') has no name, which CycloneDX requires",
                    null);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Hash hash : orEmpty(component.getHashes())) {
            if (hash.getAlgorithm() == null || hash.getValue() == null) {
                throw new ReportException(
                        file,
                        0,
                        0,
                        "component '" + component.getName() + "' has a hash without algorithm or content",
                        null);
            }
            hashes.put(hash.getAlgorithm(), hash.getValue());
        }
        return new SbomComponent(
                text(component.getBomRef()),
                component.getType() == null ? "" : component.getType().getTypeName(),
                text(component.getGroup()),
                text(component.getName()),
                text(component.getVersion()),
                text(component.getPurl()),
                hashes,
                licenses(component.getLicenses()),
                supplier(component),
                parentRef);
    }

    private static List<String> licenses(final LicenseChoice choice) {
        List<String> licenses = new ArrayList<>();
        if (choice == null) {
            return licenses;
        }
        for (License license : orEmpty(choice.getLicenses())) {
            licenses.add(license.getId() != null ? license.getId() : text(license.getName()));
        }
        if (choice.getExpression() != null) {
            licenses.add(text(choice.getExpression().getValue()));
        }
        return licenses;
    }

    private static String supplier(final Component component) {
        OrganizationalEntity entity =
                component.getSupplier() != null ? component.getSupplier() : component.getManufacturer();
        if (entity != null && entity.getName() != null) {
            return entity.getName();
        }
        return text(component.getPublisher());
    }

    private static Map<String, List<String>> dependencies(final Bom bom) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (Dependency dependency : orEmpty(bom.getDependencies())) {
            List<String> refs = orEmpty(dependency.getDependencies()).stream()
                    .map(Dependency::getRef)
                    .filter(Objects::nonNull)
                    .toList();
            graph.merge(dependency.getRef(), refs, (a, b) -> {
                List<String> merged = new ArrayList<>(a);
                merged.addAll(b);
                return merged;
            });
        }
        return graph;
    }

    private static List<SbomVulnerability> vulnerabilities(final Bom bom) {
        List<SbomVulnerability> all = new ArrayList<>();
        for (Vulnerability vulnerability : orEmpty(bom.getVulnerabilities())) {
            Vulnerability.Analysis analysis = vulnerability.getAnalysis();
            all.add(new SbomVulnerability(
                    text(vulnerability.getId()),
                    vulnerability.getSource() == null
                            ? ""
                            : text(vulnerability.getSource().getName()),
                    severity(vulnerability),
                    orEmpty(vulnerability.getAffects()).stream()
                            .map(Vulnerability.Affect::getRef)
                            .filter(Objects::nonNull)
                            .toList(),
                    analysis == null || analysis.getState() == null
                            ? ""
                            : analysis.getState().getStateName(),
                    analysis == null || analysis.getJustification() == null
                            ? ""
                            : analysis.getJustification().getJustificationName(),
                    analysis == null
                            ? List.of()
                            : orEmpty(analysis.getResponses()).stream()
                                    .map(Vulnerability.Analysis.Response::getResponseName)
                                    .toList(),
                    analysis == null ? "" : text(analysis.getDetail()),
                    orEmpty(vulnerability.getRatings()).stream()
                            .map(Vulnerability.Rating::getScore)
                            .filter(Objects::nonNull)
                            .max(Double::compare)
                            .map(score -> java.math.BigDecimal.valueOf(score)
                                    .stripTrailingZeros()
                                    .toPlainString())
                            .orElse("")));
        }
        return all;
    }

    private static Severity severity(final Vulnerability vulnerability) {
        return orEmpty(vulnerability.getRatings()).stream()
                .map(SbomMapper::severity)
                .min(Comparator.naturalOrder())
                .orElse(Severity.UNKNOWN);
    }

    private static Severity severity(final Vulnerability.Rating rating) {
        if (rating.getSeverity() != null) {
            Optional<Severity> named =
                    Severity.parse(rating.getSeverity().getSeverityName().toLowerCase(Locale.ROOT));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return rating.getScore() == null
                ? Severity.UNKNOWN
                : CvssBands.severity(cvssVersion(rating.getMethod()), rating.getScore());
    }

    /** A score of another or no method is banded as CVSS v3.x, as CVSS v3 and v4 share their bands. */
    private static int cvssVersion(final Vulnerability.Rating.Method method) {
        return method == Vulnerability.Rating.Method.CVSSV2 ? 2 : 3;
    }

    private static String text(final String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> orEmpty(final List<T> list) {
        return list == null ? List.of() : list;
    }
}
