package io.trace62304.xml;

import io.trace62304.report.Locator;
import io.trace62304.report.Numbers;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only cursor over one XML document, built for report parsers: it walks child elements by
 * depth, reads attributes and bounded text, and reports every problem with file, line and column.
 * Obtain one from {@link SecureXml#open}.
 */
public final class XmlReader implements AutoCloseable, Locator {
    private final String file;
    private final XMLStreamReader reader;
    private final InputStream stream;
    private final DoctypePolicy doctype;
    private final ReportLimits limits;
    private int depth;

    XmlReader(
            final String file,
            final XMLStreamReader reader,
            final InputStream stream,
            final DoctypePolicy doctype,
            final ReportLimits limits) {
        this.file = file;
        this.reader = reader;
        this.stream = stream;
        this.doctype = doctype;
        this.limits = limits;
    }

    /** @return the file being read, as the user named it */
    public String file() {
        return file;
    }

    /**
     * Advances to the root element.
     *
     * @return its local name
     * @throws ReportException if there is no root element or the prolog breaks a rule
     */
    public String root() throws ReportException {
        if (!nextElementWithin(0)) {
            throw error("the document has no root element");
        }
        return localName();
    }

    /**
     * Advances to the next child element of the element that was opened at {@code parentDepth}.
     * Call it in a loop with the depth read before the loop; deeper elements are skipped.
     *
     * @param parentDepth {@link #depth()} of the parent element (0 for the document)
     * @return {@code true} when positioned on a child start element, {@code false} after the parent ended
     * @throws ReportException if the document is malformed
     */
    public boolean nextElementWithin(final int parentDepth) throws ReportException {
        if (depth < parentDepth) {
            return false;
        }
        while (hasNext()) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
                return false;
            }
        }
        return false;
    }

    /** @return how many elements are open; the root element is at depth 1 */
    public int depth() {
        return depth;
    }

    /** @return the local name of the current element */
    public String localName() {
        return reader.getLocalName();
    }

    /** @return the namespace URI of the current element, or an empty string */
    public String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /**
     * @param name local name of an attribute of the current element (no namespace)
     * @return its value, if present
     */
    public Optional<String> attribute(final String name) {
        return Optional.ofNullable(reader.getAttributeValue(null, name));
    }

    /**
     * @param name local name of an attribute of the current element
     * @return its value or {@code null}
     */
    public String attributeOrNull(final String name) {
        return reader.getAttributeValue(null, name);
    }

    /**
     * @param name attribute name
     * @return its whole-number value, absent if the attribute is absent or blank
     * @throws ReportException if present but not a whole number
     */
    public Optional<Long> longAttribute(final String name) throws ReportException {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.toLong(value, "attribute '" + name + "'", this));
    }

    /**
     * @param name attribute name
     * @return its decimal value, absent if the attribute is absent or blank
     * @throws ReportException if present but not a number
     */
    public Optional<BigDecimal> decimalAttribute(final String name) throws ReportException {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.toDecimal(value, "attribute '" + name + "'", this));
    }

    /**
     * @param name attribute name
     * @return its value as a double, absent if the attribute is absent or blank
     * @throws ReportException if present but not a number
     */
    public Optional<Double> doubleAttribute(final String name) throws ReportException {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.toDouble(value, "attribute '" + name + "'", this));
    }

    /**
     * Reads the text of the current element (child elements are skipped) and leaves the cursor on its
     * end tag. At most {@link ReportLimits#maxCapturedChars()} characters are kept; the rest is counted.
     *
     * @return the text, with a truncation note where it was cut
     * @throws ReportException if the document is malformed
     */
    public String text() throws ReportException {
        return text(limits.maxCapturedChars());
    }

    /**
     * @param maxChars how many characters to keep
     * @return the text of the current element, at most {@code maxChars} plus a truncation note
     * @throws ReportException if the document is malformed
     * @see #text()
     */
    public String text(final int maxChars) throws ReportException {
        int elementDepth = depth;
        StringBuilder text = new StringBuilder();
        long dropped = 0;
        while (hasNext()) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT && depth < elementDepth) {
                break;
            }
            if (depth == elementDepth && isText(event)) {
                dropped += appendText(text, maxChars);
            }
        }
        return dropped == 0 ? text.toString() : text + "… [" + dropped + " more characters not kept]";
    }

    /** Appends the current text event up to {@code maxChars} in all; returns how many characters were dropped. */
    private int appendText(final StringBuilder text, final int maxChars) throws ReportException {
        try {
            int length = reader.getTextLength();
            int room = Math.max(0, maxChars - text.length());
            int kept = Math.min(length, room);
            text.append(reader.getTextCharacters(), reader.getTextStart(), kept);
            return length - kept;
        } catch (RuntimeException e) {
            throw lazyError(e); // Woodstox parses text lazily and reports its faults unchecked
        }
    }

    private ReportException lazyError(final RuntimeException e) {
        if (e.getCause() instanceof XMLStreamException cause) {
            return XmlErrors.of(file, cause, reader.getLocation());
        }
        return error("cannot read the XML: " + e.getMessage());
    }

    /**
     * Skips the current element with everything inside it; the cursor ends on its end tag.
     *
     * @throws ReportException if the document is malformed
     */
    public void skip() throws ReportException {
        int elementDepth = depth;
        while (hasNext()) {
            if (advance() == XMLStreamConstants.END_ELEMENT && depth < elementDepth) {
                return;
            }
        }
    }

    /**
     * Reads to the end of the document, checking that it is well-formed.
     *
     * @throws ReportException if it is not
     */
    public void skipToEnd() throws ReportException {
        while (hasNext()) {
            advance();
        }
    }

    @Override
    public ReportException error(final String reason) {
        Location at = reader.getLocation();
        return new ReportException(file, at.getLineNumber(), at.getColumnNumber(), reason, null);
    }

    @Override
    public void close() {
        SecureXml.closeQuietly(reader::close);
        SecureXml.closeQuietly(stream);
    }

    private boolean hasNext() throws ReportException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw XmlErrors.of(file, e, reader.getLocation());
        } catch (RuntimeException e) {
            throw lazyError(e);
        }
    }

    private int advance() throws ReportException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw XmlErrors.of(file, e, reader.getLocation());
        } catch (RuntimeException e) {
            throw lazyError(e); // some faults (e.g. malformed input bytes) surface unchecked
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> depth++;
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> checkDoctype();
            case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                throw error(
                        "entity references are not allowed (no DTD is ever loaded): &" + reader.getLocalName() + ";");
            default -> {
                // text, comments and processing instructions need no bookkeeping
            }
        }
        return event;
    }

    private void checkDoctype() throws ReportException {
        if (doctype == DoctypePolicy.REFUSE) {
            throw error("a DOCTYPE declaration is not allowed in this format");
        }
        String internalSubset;
        try {
            internalSubset = reader.getText();
        } catch (RuntimeException e) {
            throw lazyError(e);
        }
        if (internalSubset != null && !internalSubset.isBlank()) {
            throw error("a DOCTYPE with an internal subset (entity declarations) is refused: "
                    + "it is the carrier of XXE and entity-expansion attacks");
        }
    }

    private static boolean isText(final int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
