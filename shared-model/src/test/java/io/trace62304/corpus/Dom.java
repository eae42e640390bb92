package io.trace62304.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An independent reading of corpus files with the JDK's DOM parser (test code only), so expected counts
 * never come from the parser under test.
 */
final class Dom {
    private Dom() {}

    static Element root(final Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("the JDK cannot read " + file, e);
        }
    }

    static List<Element> children(final Element parent, final String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> descendants(final Element parent, final String localName) {
        List<Element> all = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName.equals(element.getLocalName())) {
                    all.add(element);
                }
                all.addAll(descendants(element, localName));
            }
        }
        return all;
    }

    static boolean hasChild(final Element parent, final String localName) {
        return !children(parent, localName).isEmpty();
    }

    static String childText(final Element parent, final String localName) {
        return children(parent, localName).stream()
                .findFirst()
                .map(e -> e.getTextContent().strip())
                .orElse("");
    }
}
