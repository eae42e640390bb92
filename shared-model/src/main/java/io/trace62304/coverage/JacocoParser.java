package io.trace62304.coverage;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import io.trace62304.xml.DoctypePolicy;
import io.trace62304.xml.SecureXml;
import io.trace62304.xml.XmlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JaCoCo XML reports. Every real report starts with {@code <!DOCTYPE report … "report.dtd">}: it is
 * accepted and never loaded; a DOCTYPE with entity declarations is refused.
 */
public final class JacocoParser implements ReportParser<CoverageReport> {
    private static final String GROUP_SEPARATOR = " / ";

    private final ReportLimits limits;

    public JacocoParser() {
        this(ReportLimits.DEFAULT);
    }

    public JacocoParser(final ReportLimits limits) {
        this.limits = limits;
    }

    @Override
    public CoverageReport parse(final Path file) throws ReportException {
        try (XmlReader xml = SecureXml.open(file, limits, DoctypePolicy.IGNORE_EXTERNAL_ONLY)) {
            String root = xml.root();
            if (!"report".equals(root)) {
                throw xml.error("not a JaCoCo XML report: the root element is <" + root + ">, expected <report>");
            }
            String name = xml.attribute("name").orElse("");
            List<PackageCoverage> packages = new ArrayList<>();
            Counters totals = readGroup(xml, "", packages);
            xml.skipToEnd();
            return new CoverageReport(file.toString(), name, totals, packages);
        }
    }

    /** Reads the children of {@code <report>} or {@code <group>}; returns its own counters. */
    private Counters readGroup(final XmlReader xml, final String group, final List<PackageCoverage> packages)
            throws ReportException {
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "group" -> {
                    String name = xml.attribute("name").orElse("");
                    readGroup(xml, group.isEmpty() ? name : group + GROUP_SEPARATOR + name, packages);
                }
                case "package" -> packages.add(readPackage(xml, group));
                case "counter" -> readCounter(xml, counters);
                default -> xml.skip();
            }
        }
        return new Counters(counters);
    }

    private PackageCoverage readPackage(final XmlReader xml, final String group) throws ReportException {
        String name = xml.attribute("name").orElseThrow(() -> xml.error("a <package> has no 'name' attribute"));
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        List<ClassCoverage> classes = new ArrayList<>();
        List<PackageCoverage.SourceFileCoverage> sources = new ArrayList<>();
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "class" ->
                    classes.add(new ClassCoverage(
                            xml.attribute("name").orElseThrow(() -> xml.error("a <class> has no 'name' attribute")),
                            xml.attribute("sourcefilename").orElse(""),
                            readCountersOf(xml)));
                case "sourcefile" ->
                    sources.add(new PackageCoverage.SourceFileCoverage(
                            xml.attribute("name").orElse(""), readCountersOf(xml)));
                case "counter" -> readCounter(xml, counters);
                default -> xml.skip();
            }
        }
        return new PackageCoverage(group, name, new Counters(counters), classes, sources);
    }

    /** The direct counters of a class or source file; methods and lines inside are skipped. */
    private Counters readCountersOf(final XmlReader xml) throws ReportException {
        Map<CounterType, Counter> counters = new EnumMap<>(CounterType.class);
        int depth = xml.depth();
        while (xml.nextElementWithin(depth)) {
            if ("counter".equals(xml.localName())) {
                readCounter(xml, counters);
            } else {
                xml.skip();
            }
        }
        return new Counters(counters);
    }

    private static void readCounter(final XmlReader xml, final Map<CounterType, Counter> into) throws ReportException {
        String type = xml.attribute("type").orElseThrow(() -> xml.error("a <counter> has no 'type' attribute"));
        CounterType counterType;
        try {
            counterType = CounterType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw xml.error("unknown counter type '" + type + "'");
        }
        long missed = xml.longAttribute("missed").orElseThrow(() -> xml.error("a <counter> has no 'missed'"));
        long covered = xml.longAttribute("covered").orElseThrow(() -> xml.error("a <counter> has no 'covered'"));
        if (missed < 0 || covered < 0) {
            throw xml.error("a <counter> has a negative value");
        }
        if (into.put(counterType, new Counter(missed, covered)) != null) {
            throw xml.error("counter " + type + " appears twice for the same element");
        }
        xml.skip();
    }
}
