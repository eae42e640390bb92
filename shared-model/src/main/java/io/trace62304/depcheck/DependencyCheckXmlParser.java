package io.trace62304.depcheck;

import io.trace62304.report.Numbers;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import io.trace62304.xml.DoctypePolicy;
import io.trace62304.xml.SecureXml;
import io.trace62304.xml.XmlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Dependency-Check XML reports, schemas {@code dependency-check.1.x.xsd} to {@code 4.x}. */
public final class DependencyCheckXmlParser implements ReportParser<DependencyCheckReport> {
    private static final Pattern SCHEMA = Pattern.compile("dependency-check\\.(\\d+)\\.(\\d+)\\.xsd$");
    private static final int NEWEST_MAJOR = 4;

    private final ReportLimits limits;

    public DependencyCheckXmlParser() {
        this(ReportLimits.DEFAULT);
    }

    public DependencyCheckXmlParser(final ReportLimits limits) {
        this.limits = limits;
    }

    @Override
    public DependencyCheckReport parse(final Path file) throws ReportException {
        try (XmlReader xml = SecureXml.open(file, limits, DoctypePolicy.REFUSE)) {
            String root = xml.root();
            if (!"analysis".equals(root)) {
                throw xml.error(
                        "not a Dependency-Check XML report: the root element is <" + root + ">, expected <analysis>");
            }
            String schema = schemaVersion(xml);
            Header header = new Header();
            List<Dependency> dependencies = new ArrayList<>();
            DependencyXmlReader reader = new DependencyXmlReader(xml);
            int depth = xml.depth();
            while (xml.nextElementWithin(depth)) {
                switch (xml.localName()) {
                    case "scanInfo" -> readScanInfo(xml, header);
                    case "projectInfo" -> readProjectInfo(xml, header);
                    case "dependencies" -> readDependencies(xml, reader, dependencies);
                    case "analysisExceptions" -> header.exceptions.addAll(readExceptions(xml));
                    default -> xml.skip();
                }
            }
            xml.skipToEnd();
            return new DependencyCheckReport(
                    file.toString(),
                    schema,
                    header.engineVersion,
                    header.reportDate,
                    header.projectName,
                    dependencies,
                    header.exceptions,
                    DependencyCheckReport.newestData(header.dataSources));
        }
    }

    private static String schemaVersion(final XmlReader xml) throws ReportException {
        Matcher matcher = SCHEMA.matcher(xml.namespace());
        if (!matcher.find()) {
            throw xml.error("not a Dependency-Check XML report: unknown namespace '" + xml.namespace() + "'");
        }
        long major = Numbers.toLong(matcher.group(1), "schema major version", xml);
        if (major < 1 || major > NEWEST_MAJOR) {
            throw xml.error("Dependency-Check report schema " + matcher.group(1) + "." + matcher.group(2)
                    + " is not supported (supported: 1.x to " + NEWEST_MAJOR + ".x)");
        }
        return matcher.group(1) + "." + matcher.group(2);
    }

    private static void readScanInfo(final XmlReader xml, final Header header) throws ReportException {
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "engineVersion" -> header.engineVersion = xml.text().strip();
                case "analysisExceptions" -> header.exceptions.addAll(readExceptions(xml));
                case "dataSource" -> readDataSource(xml, header);
                default -> xml.skip();
            }
        }
    }

    private static void readDataSource(final XmlReader xml, final Header header) throws ReportException {
        String name = "";
        String timestamp = "";
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "name" -> name = xml.text().strip();
                case "timestamp" -> timestamp = xml.text().strip();
                default -> xml.skip();
            }
        }
        header.dataSources.merge(name, timestamp, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    private static void readProjectInfo(final XmlReader xml, final Header header) throws ReportException {
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "name" -> header.projectName = xml.text().strip();
                case "reportDate" -> header.reportDate = xml.text().strip();
                default -> xml.skip();
            }
        }
    }

    private static void readDependencies(
            final XmlReader xml, final DependencyXmlReader reader, final List<Dependency> dependencies)
            throws ReportException {
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            if ("dependency".equals(xml.localName())) {
                dependencies.add(reader.read());
            } else {
                xml.skip();
            }
        }
    }

    /** Each {@code <exception>} of an {@code <analysisExceptions>} list, by its message. */
    static List<String> readExceptions(final XmlReader xml) throws ReportException {
        List<String> messages = new ArrayList<>();
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            messages.add(exceptionMessage(xml));
        }
        return messages;
    }

    private static String exceptionMessage(final XmlReader xml) throws ReportException {
        String message = "";
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            if ("message".equals(xml.localName()) && message.isEmpty()) {
                message = xml.text().strip();
            } else {
                xml.skip();
            }
        }
        return message.isEmpty() ? "analysis exception without a message" : message;
    }

    /** Scan-level facts, filled while reading. */
    private static final class Header {
        private String engineVersion = "";
        private String reportDate = "";
        private String projectName = "";
        private final List<String> exceptions = new ArrayList<>();
        private final java.util.Map<String, String> dataSources = new java.util.TreeMap<>();
    }
}
