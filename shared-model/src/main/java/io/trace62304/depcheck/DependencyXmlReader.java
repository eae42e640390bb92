package io.trace62304.depcheck;

import io.trace62304.report.ReportException;
import io.trace62304.xml.XmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one {@code <dependency>} (or {@code <relatedDependency>}) of a Dependency-Check XML report. */
final class DependencyXmlReader {
    private final XmlReader xml;
    private final VulnerabilityXmlReader vulnerabilities;

    DependencyXmlReader(final XmlReader xml) {
        this.xml = xml;
        this.vulnerabilities = new VulnerabilityXmlReader(xml);
    }

    Dependency read() throws ReportException {
        Fields fields =
                new Fields(Boolean.parseBoolean(xml.attribute("isVirtual").orElse("false")));
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            readField(fields);
        }
        if (fields.fileName.isEmpty()) {
            throw xml.error("a <dependency> has no <fileName>");
        }
        return new Dependency(
                fields.fileName,
                fields.filePath,
                fields.virtual,
                new Hashes(fields.md5, fields.sha1, fields.sha256),
                fields.identifiers,
                fields.license,
                fields.vulnerabilities,
                fields.suppressed,
                fields.related);
    }

    private void readField(final Fields fields) throws ReportException {
        switch (xml.localName()) {
            case "fileName" -> fields.fileName = xml.text().strip();
            case "filePath" -> fields.filePath = xml.text().strip();
            case "md5" -> fields.md5 = xml.text().strip();
            case "sha1" -> fields.sha1 = xml.text().strip();
            case "sha256" -> fields.sha256 = xml.text().strip();
            case "license" -> fields.license = xml.text().strip();
            case "identifiers" -> readIdentifiers(fields.identifiers);
            case "vulnerabilities" -> vulnerabilities.readAll(false, fields.vulnerabilities, fields.suppressed);
            case "suppressedVulnerabilities" ->
                vulnerabilities.readAll(true, fields.vulnerabilities, fields.suppressed);
            case "relatedDependencies" -> readRelated(fields.related);
            default -> xml.skip();
        }
    }

    /** Schema 2+: {@code <package><id>pkg:…</id>} and {@code <vulnerabilityIds><id>cpe:…</id>}; schema 1: {@code <identifier type=…><name>}. */
    private void readIdentifiers(final List<Identifier> identifiers) throws ReportException {
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "package" -> identifiers.add(identifier("purl", "id"));
                case "vulnerabilityIds" -> identifiers.add(identifier("cpe", "id"));
                case "identifier" -> identifiers.add(legacyIdentifier());
                default -> xml.skip();
            }
        }
    }

    private Identifier identifier(final String type, final String valueElement) throws ReportException {
        String confidence = xml.attribute("confidence").orElse("");
        String value = childText(valueElement);
        return new Identifier(type, value, confidence);
    }

    private Identifier legacyIdentifier() throws ReportException {
        String type = xml.attribute("type").orElse("").toLowerCase(Locale.ROOT);
        String confidence = xml.attribute("confidence").orElse("");
        String value = childText("name");
        if ("maven".equals(type)) {
            value = value.replaceAll("^\\(|\\)$", "");
        }
        return new Identifier(type, value, confidence);
    }

    private String childText(final String name) throws ReportException {
        String value = "";
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            if (name.equals(xml.localName()) && value.isEmpty()) {
                value = xml.text().strip();
            } else {
                xml.skip();
            }
        }
        return value;
    }

    private void readRelated(final List<Dependency.RelatedDependency> related) throws ReportException {
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            if ("relatedDependency".equals(xml.localName())) {
                Dependency dependency = read();
                related.add(new Dependency.RelatedDependency(
                        dependency.fileName(), dependency.filePath(), dependency.identifiers()));
            } else {
                xml.skip();
            }
        }
    }

    /** What one dependency element said, filled while reading. */
    private static final class Fields {
        private final boolean virtual;
        private String fileName = "";
        private String filePath = "";
        private String md5 = "";
        private String sha1 = "";
        private String sha256 = "";
        private String license = "";
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Vulnerability> vulnerabilities = new ArrayList<>();
        private final List<Vulnerability> suppressed = new ArrayList<>();
        private final List<Dependency.RelatedDependency> related = new ArrayList<>();

        Fields(final boolean virtual) {
            this.virtual = virtual;
        }
    }
}
