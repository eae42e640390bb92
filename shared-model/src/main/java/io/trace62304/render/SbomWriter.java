package io.trace62304.render;

import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.ItemField;
import io.trace62304.soup.Assessment;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.soup.SoupOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;

/**
 * Writes the build's SOUP as a CycloneDX 1.6 SBOM with the NTIA minimum elements and FDA's (premarket cybersecurity
 * guidance V.A.4(b), 524B(b)(3)): per component supplier, name, version, purl, SHA-256 and license, the SOUP's
 * support level and end-of-support date, and the dependency graph; author, tool and timestamp; the vulnerability
 * assessments as VEX analysis (state, justification, responses, detail) with the score. Declared runtime and
 * platform SOUP is written too. The serial number derives from the baseline digest and the timestamp from the
 * baseline's own evidence (the newest vulnerability-data or item-change time), so the same inputs give the same
 * bytes.
 */
public final class SbomWriter {
    private static final String SUBJECT = "trace62304:build";
    private static final String TOOL_VERSION = java.util.Objects.requireNonNullElse(
            SbomWriter.class.getPackage().getImplementationVersion(), "development");
    private static final Map<String, String> ALGORITHMS =
            Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    public String write(final SealedBaseline sealed) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(sealed.digest().getBytes(StandardCharsets.UTF_8)));
        bom.setVersion(1);
        bom.setMetadata(metadata(sealed));
        List<Component> components = new ArrayList<>();
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        Map<String, ItemState> items = new java.util.HashMap<>();
        sealed.baseline().items().forEach(item -> items.put(item.key(), item));
        List<SoupEntry> written = sealed.baseline().soup().stream()
                .filter(entry -> entry.outcome() != SoupOutcome.NOT_IN_BUILD)
                .toList();
        for (SoupEntry entry : written) {
            components.add(component(entry, Optional.ofNullable(items.get(entry.itemKey()))));
            entry.vulnerabilities().forEach(v -> vulnerabilities.add(vulnerability(entry.ref(), v)));
        }
        bom.setComponents(components);
        bom.setDependencies(SbomGraph.dependencies(SUBJECT, written));
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
        subject.setBomRef(SUBJECT);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(
                SbomGraph.timestamp(sealed.baseline()).map(java.util.Date::from).orElse(null));
        OrganizationalContact author = new OrganizationalContact();
        author.setName("Trace62304 release gate" + (job.isEmpty() ? "" : " of " + job));
        metadata.setAuthors(List.of(author));
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName("trace62304");
        tool.setVersion(TOOL_VERSION);
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        metadata.setComponent(subject);
        metadata.addProperty(property("trace62304:baseline-digest", sealed.digest()));
        return metadata;
    }

    private static Component component(final SoupEntry entry, final Optional<ItemState> item) {
        io.trace62304.soup.Component found = entry.component();
        Component component = new Component();
        String manufacturer =
                item.map(i -> i.field(ItemField.SOUP_MANUFACTURER.fieldName())).orElse("");
        String supplier = manufacturer.isEmpty() ? found.supplier() : manufacturer;
        if (!supplier.isEmpty()) {
            OrganizationalEntity entity = new OrganizationalEntity();
            entity.setName(supplier);
            component.setSupplier(entity);
        }
        component.setType(entry.outcome() == SoupOutcome.DECLARED ? Component.Type.PLATFORM : Component.Type.LIBRARY);
        component.setBomRef(entry.ref());
        if (!found.group().isEmpty()) {
            component.setGroup(found.group());
        }
        component.setName(found.name());
        String version = found.version().isEmpty() ? entry.itemVersion() : found.version();
        if (!version.isEmpty()) {
            component.setVersion(version);
        }
        if (!found.purl().isEmpty()) {
            component.setPurl(found.purl());
        }
        if (!found.cpe().isEmpty()) {
            component.setCpe(found.cpe());
        }
        found.hashes().forEach((algorithm, value) -> {
            if (ALGORITHMS.containsKey(algorithm) && value.matches("[0-9a-f]+")) {
                component.addHash(new Hash(ALGORITHMS.get(algorithm), value));
            }
        });
        List<String> names = found.licenses().isEmpty()
                ? item.map(i -> i.field(ItemField.SOUP_LICENSE.fieldName())).filter(l -> !l.isEmpty()).stream()
                        .toList()
                : found.licenses();
        if (!names.isEmpty()) {
            LicenseChoice licenses = new LicenseChoice();
            for (String name : names) {
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
        item.map(i -> i.field(ItemField.SUPPORT_LEVEL.fieldName()))
                .filter(v -> !v.isEmpty())
                .ifPresent(v -> component.addProperty(property("trace62304:support-level", v)));
        item.map(i -> i.field(ItemField.END_OF_SUPPORT.fieldName()))
                .filter(v -> !v.isEmpty())
                .ifPresent(v -> component.addProperty(property("cdx:lifecycle:milestone:endOfSupport", v)));
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
            List<Analysis.Response> responses = assessment.responses().stream()
                    .map(Analysis.Response::fromString)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            if (!responses.isEmpty()) {
                analysis.setResponses(responses);
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
