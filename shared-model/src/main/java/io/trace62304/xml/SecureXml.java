package io.trace62304.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one entry point through which Trace62304 reads XML (an architecture test forbids any other).
 * Streaming only (StAX, Woodstox); external DTDs and entities are never loaded, entity declarations are
 * refused, and file size, nesting depth and text lengths are capped.
 */
public final class SecureXml {
    private static final int BUFFER = 64 * 1024;

    private SecureXml() {}

    /**
     * Opens a file for streaming.
     *
     * @param file    the report
     * @param limits  size caps
     * @param doctype what the format may declare
     * @return a reader positioned before the root element; the caller closes it
     * @throws ReportException if the file is missing, empty, too large or cannot be opened
     */
    public static XmlReader open(final Path file, final ReportLimits limits, final DoctypePolicy doctype)
            throws ReportException {
        long size = limits.checkFile(file);
        InputStream in = null;
        try {
            in = new java.io.BufferedInputStream(Files.newInputStream(file), BUFFER);
            XMLStreamReader reader = factory(limits).createXMLStreamReader(file.toString(), in);
            return new XmlReader(file.toString(), reader, in, doctype, limits);
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw XmlErrors.of(file.toString(), e);
        } catch (IOException e) {
            closeQuietly(in);
            throw new ReportException(file, "cannot read the file (" + size + " bytes): " + e.getMessage(), e);
        }
    }

    /**
     * Checks a whole document against the same rules without keeping anything: used before a file is
     * handed to a third-party parser (e.g. CycloneDX XML), so that parser never sees a DOCTYPE.
     *
     * @param file   the document
     * @param limits size caps
     * @throws ReportException if the document is not well-formed or breaks a rule
     */
    public static void screen(final Path file, final ReportLimits limits) throws ReportException {
        try (XmlReader reader = open(file, limits, DoctypePolicy.REFUSE)) {
            reader.skipToEnd();
        }
    }

    private static XMLInputFactory factory(final ReportLimits limits) {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource '" + systemId + "' is never loaded");
        });
        factory.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, (XMLResolver)
                (publicId, systemId, base, namespace) -> {
                    throw new XMLStreamException("undeclared entity reference '" + namespace + "' is not allowed");
                });
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxTextChars());
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextChars());
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 10_000L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        return factory;
    }

    static void closeQuietly(final AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing more to release
            }
        }
    }
}
