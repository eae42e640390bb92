package io.trace62304.render;

import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.RuleResult;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The gate as JUnit XML, so any CI shows each rule as a test: a failed rule is a failure, a rule that could
 * not decide is an error, a disabled rule is skipped; findings are listed in the message body. Each rule the
 * policy sets below the IEC 62304 A1:2015 floor is one line of the suite's {@code system-out}.
 */
public final class GateJUnitXml {
    private static final String CLASS_NAME = "trace62304.gate";

    public String write(final GateResult result) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "IEC 62304 release gate");
            xml.writeAttribute("tests", String.valueOf(result.rules().size()));
            xml.writeAttribute("failures", String.valueOf(count(result, "FAIL")));
            xml.writeAttribute("errors", String.valueOf(count(result, "ERROR")));
            xml.writeAttribute("skipped", String.valueOf(count(result, "DISABLED")));
            for (RuleResult rule : result.rules()) {
                writeRule(xml, rule, result);
            }
            if (!result.belowMinimum().isEmpty()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(String.join("\n", result.belowMinimumLines()) + "\n"));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the gate as JUnit XML: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void writeRule(final XMLStreamWriter xml, final RuleResult rule, final GateResult result)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", rule.id() + " (" + rule.citation() + ")");
        xml.writeAttribute("time", "0");
        String element = switch (rule.status()) {
            case "FAIL" -> "failure";
            case "ERROR" -> "error";
            case "DISABLED" -> "skipped";
            default -> "";
        };
        if (!element.isEmpty()) {
            xml.writeStartElement(element);
            xml.writeAttribute(
                    "message",
                    "DISABLED".equals(rule.status())
                            ? "disabled by the policy" + belowMinimum(result, rule)
                            : clean(rule.findings().size() + " finding(s): " + rule.title()));
            xml.writeCharacters(details(rule));
            xml.writeEndElement();
        } else if (!rule.findings().isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(details(rule));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String belowMinimum(final GateResult result, final RuleResult rule) {
        return result.belowMinimum().stream()
                .filter(below -> below.rule().equals(rule.id()))
                .map(below -> "; " + below.line())
                .findFirst()
                .orElse("");
    }

    private static String details(final RuleResult rule) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : rule.findings()) {
            text.append(finding.level().name().toLowerCase(Locale.ROOT))
                    .append(": ")
                    .append(finding.item())
                    .append(": ")
                    .append(finding.message())
                    .append('\n');
        }
        return clean(text.toString());
    }

    /** XML 1.0 cannot hold most control characters; test names and messages sometimes do. */
    private static String clean(final String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(
                        c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? 0xFFFD : c));
        return out.toString();
    }

    private static long count(final GateResult result, final String status) {
        return result.rules().stream().filter(r -> status.equals(r.status())).count();
    }
}
