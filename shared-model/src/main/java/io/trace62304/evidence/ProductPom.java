package io.trace62304.evidence;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.xml.DoctypePolicy;
import io.trace62304.xml.SecureXml;
import io.trace62304.xml.XmlReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The product and version a Maven POM names (5.8.4): {@code groupId:artifactId} and {@code version}, each taken
 * from the {@code parent} when the project inherits it. A version that is a property ({@code ${revision}}) is
 * refused: it is resolved only by the build, so give the version explicitly.
 */
public final class ProductPom {
    private static final ReportLimits LIMITS = new ReportLimits(16L << 20, 64, 1 << 20, 8 << 10);

    private ProductPom() {}

    public static ReleaseIdentity read(final Path pom, final ReleaseIdentity.Kind kind) throws ReportException {
        Map<String, String> project = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        try (XmlReader xml = SecureXml.open(pom, LIMITS, DoctypePolicy.REFUSE)) {
            if (!"project".equals(xml.root())) {
                throw new ReportException(pom, "not a Maven POM (the root element is <" + xml.localName() + ">)");
            }
            int top = xml.depth();
            while (xml.nextElementWithin(top)) {
                String name = xml.localName();
                if ("parent".equals(name)) {
                    int depth = xml.depth();
                    while (xml.nextElementWithin(depth)) {
                        parent.put(xml.localName(), xml.text().strip());
                    }
                } else if (name.equals("groupId") || name.equals("artifactId") || name.equals("version")) {
                    project.put(name, xml.text().strip());
                } else {
                    xml.skip();
                }
            }
        }
        String group = project.getOrDefault("groupId", parent.getOrDefault("groupId", ""));
        String artifact = project.getOrDefault("artifactId", "");
        String version = project.getOrDefault("version", parent.getOrDefault("version", ""));
        if (group.isEmpty() || artifact.isEmpty() || version.isEmpty()) {
            throw new ReportException(pom, "the POM names no groupId, artifactId and version");
        }
        if (version.contains("${")) {
            throw new ReportException(
                    pom, "the version is a property (" + version + "), resolved only by the build: give the version");
        }
        return new ReleaseIdentity(kind, group + ":" + artifact, version);
    }
}
