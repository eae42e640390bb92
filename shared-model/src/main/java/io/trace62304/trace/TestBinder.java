package io.trace62304.trace;

import io.trace62304.item.IssueKeys;
import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.Property;
import io.trace62304.junit.TestCase;
import io.trace62304.junit.TestOutcome;
import io.trace62304.junit.TestSuite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the item keys each test result declares, by every convention at once. */
public final class TestBinder {
    private static final Comparator<TestBinding> ORDER = Comparator.comparing(TestBinding::id)
            .thenComparing(TestBinding::outcome)
            .thenComparing(b -> String.join(",", b.keys()));

    /** Between the keys of a trace property's value: compiled once, not once per property of 200,000 tests. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private final TraceConventions conventions;
    private final TraceMapping mapping;
    private final Predicate<String> isKnownItem;

    public TestBinder(
            final TraceConventions conventions, final TraceMapping mapping, final Predicate<String> isKnownItem) {
        this.conventions = conventions;
        this.mapping = mapping;
        this.isKnownItem = isKnownItem;
    }

    /** Every test case of the reports, bound to its keys, sorted by id. */
    public List<TestBinding> bind(final List<JUnitReport> reports) {
        List<TestBinding> bindings = new ArrayList<>();
        for (JUnitReport report : reports) {
            for (TestSuite suite : report.suites()) {
                for (TestCase test : suite.cases()) {
                    TestOutcome outcome = test.flaky() ? TestOutcome.FLAKY : test.outcome();
                    bindings.add(new TestBinding(test.id(), outcome, keys(suite, test)));
                }
            }
        }
        bindings.sort(ORDER);
        return bindings;
    }

    private List<String> keys(final TestSuite suite, final TestCase test) {
        Set<String> keys = new TreeSet<>(IssueKeys.ORDER);
        addNamed(test.name(), keys);
        addNamed(test.className(), keys);
        addDeclared(suite.properties(), keys);
        addDeclared(test.properties(), keys);
        keys.addAll(mapping.keysFor(test.id()));
        return List.copyOf(keys);
    }

    private void addNamed(final String text, final Set<String> keys) {
        Matcher matcher = conventions.keyPattern().matcher(text);
        while (matcher.find()) {
            if (isKnownItem.test(matcher.group())) {
                keys.add(matcher.group());
            }
        }
    }

    private void addDeclared(final List<Property> properties, final Set<String> keys) {
        for (Property property : properties) {
            if (conventions.isTraceProperty(property.name())) {
                for (String value : SEPARATORS.split(property.value())) {
                    if (!value.isEmpty()) {
                        keys.add(value);
                    }
                }
            }
        }
    }
}
