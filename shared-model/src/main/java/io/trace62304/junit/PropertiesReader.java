package io.trace62304.junit;

import io.trace62304.report.ReportException;
import io.trace62304.xml.XmlReader;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code <properties>} element: {@code <property name= value=/>} or the value as element text. */
final class PropertiesReader {
    private PropertiesReader() {}

    static List<Property> read(final XmlReader xml) throws ReportException {
        int depth = xml.depth();
        List<Property> properties = new ArrayList<>();
        while (xml.nextElementWithin(depth)) {
            if (!"property".equals(xml.localName())) {
                xml.skip();
                continue;
            }
            String name = xml.attribute("name").orElseThrow(() -> xml.error("a <property> has no 'name' attribute"));
            String value = xml.attributeOrNull("value");
            if (value == null) {
                value = xml.text().strip();
            } else {
                xml.skip();
            }
            properties.add(new Property(name, value));
        }
        return properties;
    }
}
