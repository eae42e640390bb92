package io.trace62304.xml;

import io.trace62304.report.ReportException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Turns the XML reader's errors into {@link ReportException}s a person understands. */
final class XmlErrors {
    private XmlErrors() {}

    static ReportException of(final String file, final XMLStreamException e) {
        return of(file, e, null);
    }

    static ReportException of(final String file, final XMLStreamException e, final Location fallback) {
        Location at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation() : fallback;
        int line = at == null ? 0 : at.getLineNumber();
        int column = at == null ? 0 : at.getColumnNumber();
        return new ReportException(file, line, column, explain(e), e);
    }

    static String explain(final XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int location = message.indexOf("\n at [");
        String core = (location >= 0 ? message.substring(0, location) : message).strip();
        if (core.startsWith("Unexpected EOF") || core.contains("Unexpected end of input")) {
            return "the XML ends early (truncated file?): " + core;
        }
        if (core.contains("Invalid UTF-8")
                || core.contains("Invalid byte")
                || core.contains("encoding")
                || core.contains("Illegal character")
                || core.contains("Invalid white space character")) {
            return "the file is not valid text in its declared encoding: " + core;
        }
        if (core.contains("Undeclared general entity") || core.contains("entity")) {
            return "entity references are not allowed (no DTD is ever loaded): " + core;
        }
        if (core.contains("Maximum")) {
            return "the document exceeds a safety limit: " + core;
        }
        return "malformed XML: " + core;
    }
}
