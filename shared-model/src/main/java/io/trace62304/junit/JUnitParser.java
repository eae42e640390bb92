package io.trace62304.junit;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import io.trace62304.xml.DoctypePolicy;
import io.trace62304.xml.SecureXml;
import io.trace62304.xml.XmlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JUnit XML as Maven Surefire/Failsafe, Gradle, Ant, pytest, jest-junit, go-junit-report, CTest,
 * PHPUnit and others write it: a {@code <testsuites>} or {@code <testsuite>} root, suites nested to any
 * depth, suite- and case-level properties. Streams the file; never builds a DOM.
 */
public final class JUnitParser implements ReportParser<JUnitReport> {
    static final String SUITE_SEPARATOR = " / ";

    private final ReportLimits limits;

    public JUnitParser() {
        this(ReportLimits.DEFAULT);
    }

    public JUnitParser(final ReportLimits limits) {
        this.limits = limits;
    }

    @Override
    public JUnitReport parse(final Path file) throws ReportException {
        try (XmlReader xml = SecureXml.open(file, limits, DoctypePolicy.IGNORE_EXTERNAL_ONLY)) {
            String root = xml.root();
            List<TestSuite> suites = new ArrayList<>();
            TestCaseReader cases = new TestCaseReader(xml, limits.maxCapturedChars());
            if ("testsuites".equals(root)) {
                readChildren(xml, cases, new SuiteContext("", List.of()), suites);
            } else if ("testsuite".equals(root)) {
                readSuite(xml, cases, new SuiteContext("", List.of()), suites);
            } else {
                throw xml.error("not a JUnit XML report: the root element is <" + root
                        + ">, expected <testsuites> or <testsuite>");
            }
            xml.skipToEnd();
            return new JUnitReport(file.toString(), suites);
        }
    }

    /** Reads the children of {@code <testsuites>}: suites and, rarely, test cases outside any suite. */
    private void readChildren(
            final XmlReader xml, final TestCaseReader cases, final SuiteContext context, final List<TestSuite> suites)
            throws ReportException {
        int depth = xml.depth();
        List<TestCase> loose = new ArrayList<>();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "testsuite" -> readSuite(xml, cases, context, suites);
                case "testcase" -> loose.add(cases.read(context.path()));
                default -> xml.skip();
            }
        }
        if (!loose.isEmpty()) {
            suites.add(new TestSuite(context.path(), context.properties(), loose));
        }
    }

    private void readSuite(
            final XmlReader xml, final TestCaseReader cases, final SuiteContext parent, final List<TestSuite> suites)
            throws ReportException {
        String name = xml.attribute("name").orElse("");
        SuiteContext context = parent.child(name);
        TestCaseReader.SuiteLevel suiteLevel = cases.suiteLevel();
        int slot = suites.size();
        suites.add(null); // keeps document order: this suite before the suites nested in it
        int depth = xml.depth();
        List<TestCase> own = new ArrayList<>();
        while (xml.nextElementWithin(depth)) {
            switch (xml.localName()) {
                case "testcase" -> own.add(cases.read(context.path()));
                case "testsuite" -> readSuite(xml, cases, context, suites);
                case "properties" -> context = context.with(PropertiesReader.read(xml));
                case "error", "failure" -> suiteLevel.read();
                default -> xml.skip();
            }
        }
        suiteLevel.test(parent.path(), name).ifPresent(own::add);
        suites.set(slot, new TestSuite(context.path(), context.properties(), own));
    }

    /** The path and the inherited properties of the suite being read. */
    private record SuiteContext(String path, List<Property> properties) {
        SuiteContext child(final String name) {
            return new SuiteContext(path.isEmpty() ? name : path + SUITE_SEPARATOR + name, properties);
        }

        SuiteContext with(final List<Property> more) {
            List<Property> all = new ArrayList<>(properties);
            all.addAll(more);
            return new SuiteContext(path, all);
        }
    }
}
