package io.trace62304.jenkinsviews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A Jelly view or help file as its elements (namespace, name, attributes, line) and its localizable texts, read
 * with a namespace-aware SAX parser that loads no DTD or external entity.
 *
 * @param file the file read
 * @param elements every element in document order
 * @param texts every {@code ${%…}} with the line it is on
 */
record View(Path file, List<Element> elements, List<Located> texts) {
    private static final Pattern LOCALIZABLE = Pattern.compile("\\$\\{%([^}]*)}");

    /** An element of the view. */
    record Element(String namespace, String name, Map<String, String> attributes, int line) {}

    /** A localizable text and where it is. */
    record Located(String text, int line) {}

    static View read(final Path file) throws IOException {
        List<Element> elements = new ArrayList<>();
        List<Located> texts = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;
            private final StringBuilder text = new StringBuilder();
            private int textLine;

            @Override
            public void setDocumentLocator(final Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(
                    final String uri, final String localName, final String qName, final Attributes attributes) {
                flush();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    values.put(attributes.getQName(i), attributes.getValue(i));
                    collect(attributes.getValue(i), locator.getLineNumber(), texts);
                }
                elements.add(new Element(uri, localName, values, locator.getLineNumber()));
            }

            @Override
            public void endElement(final String uri, final String localName, final String qName) {
                flush();
            }

            /** SAX may split a text anywhere: collect from the whole text between two tags. */
            @Override
            public void characters(final char[] ch, final int start, final int length) {
                if (text.isEmpty()) {
                    textLine = locator.getLineNumber();
                }
                text.append(ch, start, length);
            }

            private void flush() {
                collect(text.toString(), textLine, texts);
                text.setLength(0);
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(in, handler);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + ": not well-formed: " + e.getMessage(), e);
        }
        return new View(file, List.copyOf(elements), List.copyOf(texts));
    }

    private static void collect(final String value, final int line, final List<Located> texts) {
        Matcher matcher = LOCALIZABLE.matcher(value);
        while (matcher.find()) {
            texts.add(new Located(matcher.group(1), line));
        }
    }
}
