package io.trace62304.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
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
 * Writes the build's SOUP as a CycloneDX SBOM (1.6, or 1.7 when asked: {@link SbomVersion}) with the NTIA minimum elements and FDA's (premarket cybersecurity
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
    private static final ObjectMapper RELABEL = new ObjectMapper();
    private static final Map<String, String> ALGORITHMS =
            Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    private final SbomVersion version;

    /** A writer of CycloneDX 1.6, the default. */
    public SbomWriter() {
        this(SbomVersion.DEFAULT);
    }

    /** @param version the CycloneDX version to write */
    public SbomWriter(final SbomVersion version) {
        this.version = java.util.Objects.requireNonNull(version);
    }

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
            String json =
                    BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
            return version == SbomVersion.CYCLONEDX_1_6 ? json : relabel(json);
        } catch (GeneratorException | JsonProcessingException e) {
            throw new IllegalStateException("CycloneDX could not write the SBOM: " + e.getMessage(), e);
        }
    }

    /**
     * The 1.6 document under this writer's version: cyclonedx-core-java 13, the first release with a 1.7 model, is not
     * among the releases this build can use, and the fields this writer fills are the same in 1.7.
     */
    private String relabel(final String json) throws JsonProcessingException {
        ObjectNode root = (ObjectNode) RELABEL.readTree(json);
        root.put("specVersion", version.text());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return RELABEL.writer(printer).writeValueAsString(root);
    }

    private static Metadata metadata(final SealedBaseline sealed) {
        BuildInfo build = sealed.baseline().build();
        String job = build.job();
        Component subject = subject(build);
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
        metadata.addProperty(property("trace62304:build", build.job() + " #" + build.buildId()));
        build.artifacts()
                .forEach(artifact ->
                        metadata.addProperty(property("trace62304:artifact:" + artifact.path(), artifact.sha256())));
        return metadata;
    }

    /**
     * The software the SBOM describes (5.8.4, M10): the product and version a release names (a Maven
     * {@code group:artifact} split into CycloneDX group and name), else the job and build; with the SHA-256 of the
     * shipped artifact when the build records exactly one (every artifact is also a {@code trace62304:artifact}
     * property).
     */
    private static Component subject(final BuildInfo build) {
        Component subject = new Component();
        subject.setType(Component.Type.APPLICATION);
        String product = build.release().product();
        int colon = product.indexOf(':');
        if (colon > 0) {
            subject.setGroup(product.substring(0, colon));
            subject.setName(product.substring(colon + 1));
        } else if (!product.isEmpty()) {
            subject.setName(product);
        } else {
            subject.setName(build.job().isEmpty() ? "unnamed build" : build.job());
        }
        subject.setVersion(
                build.release().version().isEmpty()
                        ? build.buildId()
                        : build.release().version());
        if (build.artifacts().size() == 1) {
            subject.addHash(
                    new Hash(ALGORITHMS.get("sha256"), build.artifacts().get(0).sha256()));
        }
        subject.setBomRef(SUBJECT);
        return subject;
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
