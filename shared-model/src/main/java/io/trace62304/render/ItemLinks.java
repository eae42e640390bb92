package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.trace.TestLocations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an item's key links to in {@code report.html}: in a finding or the risk chain, to the item's row in the
 * traceability matrix ({@code #i-KEY}); in that row, to its Jira issue ({@code SITE/browse/KEY}) when the item source
 * names an {@code http(s)} Jira site ("Jira https://example.atlassian.net (cloud) JQL: …", as
 * {@code JiraItemSource} and a Jenkins job's saved search describe themselves). Each Jira link is written once per
 * item, so 20,000 items cost one link each however many findings name them. A failing, errored or flaky test
 * links to the JUnit report it was read from (a relative URL from the page) with the source file and line the
 * report names ({@link TestLocations}). A YAML file or a saved search without a site gives no
 * Jira link; a finding about a file or a component gives its text alone.
 */
final class ItemLinks {
    private static final String JIRA = "Jira ";

    private final String site;
    private final Set<String> keys;
    private final TestLocations tests;
    private final Path directory;

    private ItemLinks(final String site, final Set<String> keys, final TestLocations tests, final Path directory) {
        this.site = site;
        this.keys = keys;
        this.tests = tests;
        this.directory = directory;
    }

    /**
     * The links for the baseline's items, to the Jira site its item source names, and for the failing tests, to
     * the report files they were read from, relative to {@code directory} (where the page is written).
     */
    static ItemLinks of(final Baseline baseline, final TestLocations tests, final Path directory) {
        return new ItemLinks(
                siteOf(baseline.itemSource()),
                baseline.items().stream().map(ItemState::key).collect(Collectors.toUnmodifiableSet()),
                tests,
                directory);
    }

    /** The {@code http(s)} site an item source description names, without a trailing slash; else empty. */
    static String siteOf(final String itemSource) {
        if (!itemSource.startsWith(JIRA)) {
            return "";
        }
        String rest = itemSource.substring(JIRA.length()).strip();
        int end = rest.indexOf(' ');
        String candidate = end < 0 ? rest : rest.substring(0, end);
        String lower = candidate.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        String target = web ? Html.linkTarget(candidate) : "";
        while (target.endsWith("/")) {
            target = target.substring(0, target.length() - 1);
        }
        return target.equals(candidate.replaceAll("/+$", "")) ? target : "";
    }

    /** The id of the item's row in the traceability matrix. */
    static String anchor(final String key) {
        return "i-" + key;
    }

    /** The key as a link to its row in the matrix (whose key opens the Jira issue), or the text alone. */
    void write(final Html html, final String key) {
        if (keys.contains(key)) {
            html.element("a", key, "href", "#" + anchor(key));
            return;
        }
        Optional<TestLocations.Location> test = tests.of(key);
        if (test.isEmpty()) {
            html.text(key);
            return;
        }
        TestLocations.Location location = test.get();
        String href = TestLocations.relativeUrl(directory, location.report());
        html.link(key, href.isEmpty() ? location.report() : href); // the test's id opens the report it was read from
        if (!location.sourceFile().isEmpty()) {
            html.text(" (" + location.sourceFile() + (location.line() > 0 ? ":" + location.line() : "") + ")");
        }
    }

    /** The key as a link to its Jira issue when the site is known and it is an item; else the text alone. */
    void jira(final Html html, final String key) {
        if (!site.isEmpty() && keys.contains(key)) {
            html.element("a", key, "href", site + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        } else {
            html.text(key);
        }
    }
}
