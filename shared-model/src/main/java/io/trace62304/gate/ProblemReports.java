package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.trace.TestBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The problem reports of a baseline and the test results they declare: a report declares a test when its
 * {@code Found By Test} field names the test id (one a line, or separated by commas or semicolons), or when the
 * test declares the report's key (a test traced to the report). A failing or flaky test so declared is a documented
 * anomaly (5.7.2, 5.8.2) as long as the report is open.
 */
public final class ProblemReports {
    private static final Pattern TEST_SEPARATORS = Pattern.compile("[\\n\\r,;]+");

    private final Map<String, ItemState> byKey = new HashMap<>();
    private final Map<String, List<ItemState>> byTest = new HashMap<>();
    private final ReportWords openWords;

    public ProblemReports(final List<ItemState> items) {
        for (ItemState item : items) {
            if (isProblemReport(item)) {
                byKey.put(item.key(), item);
                for (String test : foundBy(item)) {
                    byTest.computeIfAbsent(test, t -> new ArrayList<>()).add(item);
                }
            }
        }
        openWords = new ReportWords(
                byKey.values().stream().filter(report -> !report.done()).toList());
    }

    /** Whether the item is a problem report (Clause 9). */
    public static boolean isProblemReport(final ItemState item) {
        return ItemType.PROBLEM_REPORT.displayName().equals(item.type());
    }

    /** The test ids a report's {@code Found By Test} field names. */
    public static List<String> foundBy(final ItemState report) {
        List<String> tests = new ArrayList<>();
        for (String value : TEST_SEPARATORS.split(report.field(ItemField.FOUND_BY_TEST.fieldName()))) {
            if (!value.isBlank()) {
                tests.add(value.strip());
            }
        }
        return tests;
    }

    /** Every report that declares the test, open or closed, in key order. */
    public List<ItemState> declaring(final TestBinding test) {
        List<ItemState> reports = new ArrayList<>(byTest.getOrDefault(test.id(), List.of()));
        test.keys().stream()
                .map(byKey::get)
                .filter(report -> report != null && !reports.contains(report))
                .forEach(reports::add);
        reports.sort(java.util.Comparator.comparing(ItemState::key, io.trace62304.item.IssueKeys.ORDER));
        return reports;
    }

    /**
     * The open reports that declare a vulnerability: those whose summary names its id as a word, e.g.
     * "CVE-2022-42889: Commons Text interpolation reachable from log input", in key order.
     */
    public List<ItemState> openDeclaringVulnerability(final String id) {
        return openWords.naming(id);
    }

    /** The open reports that declare the test: those that make its failure a documented anomaly. */
    public List<ItemState> openDeclaring(final TestBinding test) {
        return declaring(test).stream().filter(report -> !report.done()).toList();
    }
}
