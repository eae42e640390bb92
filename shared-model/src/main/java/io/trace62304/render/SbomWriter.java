package io.trace62304.render;

import io.trace62304.baseline.SealedBaseline;
import io.trace62304.soup.Assessment;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;

/**
 * Writes the build's SOUP as a CycloneDX 1.6 SBOM, with the vulnerability assessments as VEX analysis. The
 * serial number derives from the baseline digest, and no timestamp is written, so the file is reproducible.
 */
public final class SbomWriter {
    private static final Map<String, String> ALGORITHMS =
            Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    public String write(final SealedBaseline sealed) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(sealed.digest().getBytes(StandardCharsets.UTF_8)));
        bom.setVersion(1);
        bom.setMetadata(metadata(sealed));
        List<Component> components = new ArrayList<>();
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (SoupEntry entry : sealed.baseline().soup()) {
            if (entry.outcome() == SoupOutcome.NOT_IN_BUILD) {
                continue;
            }
            components.add(component(entry));
            entry.vulnerabilities().forEach(v -> vulnerabilities.add(vulnerability(entry.ref(), v)));
        }
        bom.setComponents(components);
        bom.setVulnerabilities(vulnerabilities);
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
        } catch (GeneratorException e) {
            throw new IllegalStateException("CycloneDX could not write the SBOM: " + e.getMessage(), e);
        }
    }

    private static Metadata metadata(final SealedBaseline sealed) {
        Component subject = new Component();
        subject.setType(Component.Type.APPLICATION);
        String job = sealed.baseline().build().job();
        subject.setName(job.isEmpty() ? "unnamed build" : job);
        subject.setVersion(sealed.baseline().build().buildId());
        subject.setBomRef("trace62304:build");
        Metadata metadata = new Metadata();
        metadata.setTimestamp(null);
        metadata.setComponent(subject);
        metadata.addProperty(property("trace62304:baseline-digest", sealed.digest()));
        return metadata;
    }

    private static Component component(final SoupEntry entry) {
        io.trace62304.soup.Component found = entry.component();
        Component component = new Component();
        component.setType(entry.outcome() == SoupOutcome.DECLARED ? Component.Type.PLATFORM : Component.Type.LIBRARY);
        component.setBomRef(entry.ref());
        if (!found.group().isEmpty()) {
            component.setGroup(found.group());
        }
        component.setName(found.name());
        if (!found.version().isEmpty()) {
            component.setVersion(found.version());
        }
        if (!found.purl().isEmpty()) {
            component.setPurl(found.purl());
        }
        found.hashes().forEach((algorithm, value) -> {
            if (ALGORITHMS.containsKey(algorithm) && value.matches("[0-9a-f]+")) {
                component.addHash(new Hash(ALGORITHMS.get(algorithm), value));
            }
        });
        if (!found.licenses().isEmpty()) {
            LicenseChoice licenses = new LicenseChoice();
            for (String name : found.licenses()) {
                License license = new License();
                license.setName(name);
                licenses.addLicense(license);
            }
            component.setLicenses(licenses);
        }
        component.addProperty(
                property("trace62304:soup-outcome", entry.outcome().name()));
        if (!entry.itemKey().isEmpty()) {
            component.addProperty(property("trace62304:soup-item", entry.itemKey()));
        }
        return component;
    }

    private static Vulnerability vulnerability(final String ref, final ComponentVulnerability found) {
        Vulnerability vulnerability = new Vulnerability();
        vulnerability.setId(found.id());
        Vulnerability.Rating rating = new Vulnerability.Rating();
        rating.setSeverity(
                Vulnerability.Rating.Severity.fromString(found.severity().id()));
        if (!found.score().isEmpty()) {
            rating.setScore(Double.valueOf(found.score()));
        }
        vulnerability.setRatings(List.of(rating));
        Vulnerability.Affect affect = new Vulnerability.Affect();
        affect.setRef(ref);
        vulnerability.setAffects(List.of(affect));
        if (found.isSuppressed()) {
            vulnerability.setProperties(List.of(property("trace62304:suppressed-in", found.suppressedIn())));
        }
        Assessment assessment = found.assessment();
        if (!assessment.state().isEmpty()) {
            Analysis analysis = new Analysis();
            analysis.setState(Analysis.State.fromString(assessment.state()));
            Analysis.Justification justification = Analysis.Justification.fromString(assessment.justification());
            if (justification != null) {
                analysis.setJustification(justification);
            }
            String detail = (assessment.detail() + " (recorded in " + assessment.recordedIn() + ")").strip();
            analysis.setDetail(detail);
            vulnerability.setAnalysis(analysis);
        }
        return vulnerability;
    }

    private static Property property(final String name, final String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }
}
