package io.trace62304.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.Property;
import io.trace62304.junit.TestCase;
import io.trace62304.junit.TestOutcome;
import io.trace62304.junit.TestSuite;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestBinderTest {
    private static final Set<String> KNOWN = Set.of("PUMP-12", "PUMP-3", "RC-1");

    @Test
    void shouldFindKnownKeysInNamesButNotLookAlikes() {
        List<TestBinding> bindings = bind(List.of(), test("PUMP-12 caps the rate at UTF-8 SHA-256 PUMP-99", List.of()));

        assertThat(bindings).singleElement().satisfies(b -> assertThat(b.keys()).containsExactly("PUMP-12"));
    }

    @Test
    void shouldReadSuiteAndCasePropertiesCaseInsensitively() {
        List<TestBinding> bindings = bind(
                List.of(new Property("Requirement", "PUMP-3")),
                test(
                        "shouldStop",
                        List.of(
                                new Property("verifies", "RC-1, OTHER-7;PUMP-12"),
                                new Property("java.version", "17"))));

        assertThat(bindings.get(0).keys()).containsExactly("OTHER-7", "PUMP-3", "PUMP-12", "RC-1");
    }

    @Test
    void shouldApplyTheMappingFileToTheTestId() {
        TestBinder binder = new TestBinder(TraceConventions.DEFAULT, mapping(), KNOWN::contains);
        JUnitReport report = new JUnitReport(
                "r.xml", List.of(new TestSuite("s", List.of(), List.of(test("shouldStop", List.of())))));

        assertThat(binder.bind(List.of(report)).get(0).keys()).containsExactly("LEG-1");
    }

    @Test
    void shouldHonourAConfiguredKeyPattern() {
        TestBinder binder = new TestBinder(
                new TraceConventions(java.util.regex.Pattern.compile("rc_\\d+"), List.of()),
                TraceMapping.empty(),
                key -> true);
        JUnitReport report = new JUnitReport(
                "r.xml",
                List.of(new TestSuite(
                        "s", List.of(), List.of(test("rc_7 works", List.of(new Property("verifies", "X-1")))))));

        assertThat(binder.bind(List.of(report)).get(0).keys()).containsExactly("rc_7");
    }

    @Test
    void shouldSortBindingsByTestId() {
        TestBinder binder = new TestBinder(TraceConventions.DEFAULT, TraceMapping.empty(), KNOWN::contains);
        JUnitReport report = new JUnitReport(
                "r.xml", List.of(new TestSuite("s", List.of(), List.of(test("b", List.of()), test("a", List.of())))));

        assertThat(binder.bind(List.of(report)))
                .extracting(TestBinding::id)
                .containsExactly("com.acme.PumpTest.a", "com.acme.PumpTest.b");
    }

    private static List<TestBinding> bind(final List<Property> suiteProperties, final TestCase test) {
        JUnitReport report = new JUnitReport("r.xml", List.of(new TestSuite("s", suiteProperties, List.of(test))));
        return new TestBinder(TraceConventions.DEFAULT, TraceMapping.empty(), KNOWN::contains).bind(List.of(report));
    }

    static TestCase test(final String name, final List<Property> properties) {
        return new TestCase(
                "s",
                "com.acme.PumpTest",
                name,
                TestOutcome.PASSED,
                false,
                0,
                TestCase.Failure.NONE,
                TestCase.SourceLocation.UNKNOWN,
                0.1,
                properties,
                TestCase.Output.NONE);
    }

    private static TraceMapping mapping() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("mapping", ".verifies");
            java.nio.file.Files.writeString(file, "LEG-1: com.acme.PumpTest.should*\n");
            return TraceMapping.read(file);
        } catch (java.io.IOException | io.trace62304.report.ReportException e) {
            throw new AssertionError(e);
        }
    }
}
