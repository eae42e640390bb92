package io.trace62304.sbom;

import io.trace62304.report.Report;
import io.trace62304.report.ReportFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CycloneDX software bill of materials.
 *
 * @param file            the file it was read from
 * @param specVersion     the CycloneDX specification version, e.g. {@code 1.6}
 * @param serialNumber    the BOM's serial number, or empty
 * @param subject         the component the BOM describes ({@code metadata.component}), if stated
 * @param components      every component, nested ones included, in document order
 * @param dependencies    the dependency graph: {@code bom-ref} to the refs it depends on
 * @param vulnerabilities the vulnerabilities the BOM lists
 * @param timestamp       {@code metadata.timestamp} as an ISO 8601 instant, or empty
 */
public record Sbom(
        String file,
        String specVersion,
        String serialNumber,
        Optional<SbomComponent> subject,
        List<SbomComponent> components,
        Map<String, List<String>> dependencies,
        List<SbomVulnerability> vulnerabilities,
        String timestamp)
        implements Report {
    public Sbom {
        Objects.requireNonNull(file);
        Objects.requireNonNull(specVersion);
        Objects.requireNonNull(subject);
        components = List.copyOf(components);
        dependencies = Map.copyOf(dependencies);
        vulnerabilities = List.copyOf(vulnerabilities);
        Objects.requireNonNull(timestamp);
    }

    /** An SBOM without a timestamp. */
    public Sbom(
            final String file,
            final String specVersion,
            final String serialNumber,
            final Optional<SbomComponent> subject,
            final List<SbomComponent> components,
            final Map<String, List<String>> dependencies,
            final List<SbomVulnerability> vulnerabilities) {
        this(file, specVersion, serialNumber, subject, components, dependencies, vulnerabilities, "");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CYCLONEDX;
    }
}
