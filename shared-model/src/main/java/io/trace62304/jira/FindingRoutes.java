package io.trace62304.jira;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.gate.Finding;
import io.trace62304.gate.Level;
import io.trace62304.item.IssueKeys;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TestBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The issues each blocking finding is about. A finding names what it concerns: an issue key, a SOUP component (its
 * reference or package URL), or a test. A component's finding (a vulnerability to assess, 7.1.3; a version that
 * drifted, 8.1.2) reaches the SOUP item the component was reconciled with, whose field it asks to fill; a failing
 * test's finding (5.7.2, 5.7.4c) reaches every item in scope the test verifies. Findings about the build as a whole
 * (an unreadable input, no test results) concern no issue.
 */
final class FindingRoutes {
    private FindingRoutes() {}

    /** Blocking findings (not warnings) by the key of each issue in scope they concern, in key order. */
    static Map<String, List<Finding>> byItem(final Baseline baseline, final List<Finding> findings) {
        Set<String> scope = new HashSet<>();
        baseline.items().stream().map(ItemState::key).forEach(scope::add);
        Map<String, Set<String>> about = new HashMap<>();
        for (SoupEntry entry : baseline.soup()) {
            if (scope.contains(entry.itemKey())) {
                about.computeIfAbsent(entry.ref(), k -> new LinkedHashSet<>()).add(entry.itemKey());
                if (!entry.component().purl().isEmpty()) {
                    about.computeIfAbsent(entry.component().purl(), k -> new LinkedHashSet<>())
                            .add(entry.itemKey());
                }
            }
        }
        for (TestBinding test : baseline.tests().results()) {
            if (test.isAnomaly()) {
                test.keys().stream()
                        .filter(scope::contains)
                        .forEach(key -> about.computeIfAbsent(test.id(), k -> new LinkedHashSet<>())
                                .add(key));
            }
        }
        Map<String, List<Finding>> routed = new TreeMap<>(IssueKeys.ORDER);
        for (Finding finding : findings) {
            if (finding.level() == Level.WARNING) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>(about.getOrDefault(finding.item(), Set.of()));
            if (scope.contains(finding.item())) {
                keys.add(finding.item());
            }
            keys.forEach(
                    key -> routed.computeIfAbsent(key, k -> new ArrayList<>()).add(finding));
        }
        return routed;
    }
}
