package io.trace62304.render;

import io.trace62304.monitor.MonitorFinding;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.monitor.ReleaseCheck;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Monitoring as JUnit XML, so a scheduled CI job shows each released version as a test: new findings are a
 * failure, a baseline or source that cannot be trusted is an error.
 */
public final class MonitoringJUnitXml {
    private static final String CLASS_NAME = "trace62304.monitor";

    public String write(final MonitoringReport report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "IEC 62304 post-release monitoring");
            xml.writeAttribute("timestamp", report.checkedAt());
            int tests = report.releases().size() + (report.problems().isEmpty() ? 0 : 1);
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(count(report, "NEW_FINDINGS")));
            xml.writeAttribute(
                    "errors",
                    String.valueOf(count(report, "ERROR") + (report.problems().isEmpty() ? 0 : 1)));
            if (!report.problems().isEmpty()) {
                testcase(xml, "vulnerability sources", "error", "cannot decide", String.join("\n", report.problems()));
            }
            for (ReleaseCheck release : report.releases()) {
                String name = release.release().isEmpty() ? release.file() : release.release();
                switch (release.status()) {
                    case "ERROR" ->
                        testcase(xml, name, "error", "cannot decide", String.join("\n", release.problems()));
                    case "NEW_FINDINGS" ->
                        testcase(
                                xml,
                                name,
                                "failure",
                                release.actionable().size() + " new finding(s) since the baseline was sealed (6.2.1)",
                                body(release));
                    default -> testcase(xml, name, "", "", "");
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write monitoring as JUnit XML: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void testcase(
            final XMLStreamWriter xml, final String name, final String element, final String message, final String body)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", "0");
        if (!element.isEmpty()) {
            xml.writeStartElement(element);
            xml.writeAttribute("message", message);
            xml.writeCharacters(body);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String body(final ReleaseCheck release) {
        StringBuilder text = new StringBuilder();
        for (MonitorFinding finding : release.actionable()) {
            text.append(finding.component())
                    .append(' ')
                    .append(finding.vulnerability())
                    .append(" (")
                    .append(finding.severity())
                    .append(finding.kevDateAdded().isEmpty() ? "" : ", known exploited")
                    .append("): ")
                    .append(String.join("; ", finding.actions()))
                    .append('\n');
        }
        return text.toString();
    }

    private static long count(final MonitoringReport report, final String status) {
        return report.releases().stream().filter(r -> status.equals(r.status())).count();
    }
}
