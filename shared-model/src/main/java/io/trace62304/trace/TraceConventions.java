package io.trace62304.trace;

import io.trace62304.item.IssueKeys;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How tests name what they verify. Keys found in a test's name count only when they name a known item (so
 * "UTF-8" in a name is not a reference); keys declared in properties or mapping files always count.
 *
 * @param keyPattern    finds issue keys in test names, default Jira-style {@code PROJ-123}
 * @param propertyNames JUnit XML property names whose values list keys (case-insensitive)
 */
public record TraceConventions(Pattern keyPattern, List<String> propertyNames) {
    public static final Pattern JIRA_KEY = IssueKeys.IN_TEXT;
    public static final List<String> DEFAULT_PROPERTIES =
            List.of("verifies", "requirement", "requirements", "test_key", "risk_control", "trace62304.verifies");
    public static final TraceConventions DEFAULT = new TraceConventions(JIRA_KEY, DEFAULT_PROPERTIES);

    public TraceConventions {
        Objects.requireNonNull(keyPattern);
        propertyNames = propertyNames.stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
    }

    boolean isTraceProperty(final String name) {
        return propertyNames.contains(name.toLowerCase(Locale.ROOT));
    }
}
