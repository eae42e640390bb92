package io.trace62304.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import io.trace62304.xml.SecureXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads CycloneDX SBOMs, JSON and XML, through cyclonedx-core-java. Every document first passes the
 * project's own hardened reader (XML: no DOCTYPE at all; JSON: capped, no duplicate keys), so the library
 * never sees hostile input.
 */
public final class CycloneDxParser implements ReportParser<Sbom> {
    private static final String NAMESPACE = "http://cyclonedx.org/schema/bom/";
    /**
     * The versions the library models, and 1.7, whose documents its 1.6 model reads: 1.7 only adds optional fields
     * (citations, patent assertions, distribution constraints, external components), which are not kept.
     */
    private static final Set<String> VERSIONS = java.util.stream.Stream.concat(
                    Arrays.stream(Version.values()).map(Version::getVersionString), java.util.stream.Stream.of("1.7"))
            .collect(Collectors.toUnmodifiableSet());

    private final ReportLimits limits;

    public CycloneDxParser() {
        this(ReportLimits.DEFAULT);
    }

    public CycloneDxParser(final ReportLimits limits) {
        this.limits = limits;
    }

    @Override
    public Sbom parse(final Path file) throws ReportException {
        boolean json = isJson(file);
        Parser parser;
        Header header;
        if (json) {
            JsonNode root = SecureJson.read(file, limits);
            header = jsonHeader(file, root);
            parser = new JsonParser();
        } else {
            SecureXml.screen(file, limits);
            header = xmlHeader(file);
            parser = new XmlParser();
        }
        checkVersion(file, header.specVersion());
        try {
            Bom bom = parser.parse(Files.readAllBytes(file));
            return new SbomMapper(file.toString(), header.specVersion(), header.timestamp()).map(bom);
        } catch (ParseException e) {
            throw new ReportException(
                    file, "not a valid CycloneDX " + (json ? "JSON" : "XML") + " document: " + rootCause(e), e);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the library's model leaves any field null; a document it accepted but we cannot map is refused
            throw new ReportException(file, "not a usable CycloneDX document: " + rootCause(e), e);
        }
    }

    /**
     * What the document says of itself, read before the library sees it: the specification version (JSON
     * {@code specVersion}, XML the root's namespace {@code http://cyclonedx.org/schema/bom/1.7}) and
     * {@code metadata/timestamp} as written: the library's model fills in the time of reading when the document has
     * none, which is no timestamp of the document, and it knows no namespace newer than its own model.
     */
    private record Header(String specVersion, String timestamp) {}

    private Header xmlHeader(final Path file) throws ReportException {
        try (io.trace62304.xml.XmlReader xml = SecureXml.open(file, limits, io.trace62304.xml.DoctypePolicy.REFUSE)) {
            xml.root();
            String namespace = xml.namespace();
            if (!"bom".equals(xml.localName()) || !namespace.startsWith(NAMESPACE)) {
                throw new ReportException(
                        file,
                        "not a CycloneDX SBOM: the root must be <bom> in the namespace " + NAMESPACE + "<version>");
            }
            String version = namespace.substring(NAMESPACE.length());
            int depth = xml.depth();
            while (xml.nextElementWithin(depth)) {
                if (!"metadata".equals(xml.localName())) {
                    xml.skip();
                    continue;
                }
                int inner = xml.depth();
                while (xml.nextElementWithin(inner)) {
                    if ("timestamp".equals(xml.localName())) {
                        return new Header(version, xml.text().strip());
                    }
                    xml.skip();
                }
                return new Header(version, "");
            }
            return new Header(version, "");
        }
    }

    private static Header jsonHeader(final Path file, final JsonNode root) throws ReportException {
        JsonFields fields = new JsonFields(file.toString());
        if (!root.isObject() || !"CycloneDX".equals(fields.text(root, "bomFormat"))) {
            throw fields.error("/bomFormat", "not a CycloneDX SBOM: 'bomFormat' must be \"CycloneDX\"");
        }
        return new Header(
                fields.text(root, "specVersion"),
                root.path("metadata").path("timestamp").asText(""));
    }

    private static void checkVersion(final Path file, final String version) throws ReportException {
        if (version == null || !VERSIONS.contains(version)) {
            throw new ReportException(
                    file,
                    "CycloneDX specification version '" + version + "' is not supported " + "(supported: "
                            + VERSIONS.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
    }

    private boolean isJson(final Path file) throws ReportException {
        limits.checkFile(file);
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{' || b == '[';
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String rootCause(final Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
