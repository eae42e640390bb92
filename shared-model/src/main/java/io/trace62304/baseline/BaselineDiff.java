package io.trace62304.baseline;

import io.trace62304.baseline.BaselineChange.Area;
import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.evidence.BuildInfo.TreeState;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.Timestamps;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.trace.TestBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Explains what changed between two baselines (8.2, 8.3): build and revisions, gate verdict, items (added,
 * removed, status, class, verification), SOUP (added, removed, version), vulnerabilities (new, gone,
 * re-assessed), test outcomes and coverage.
 */
public final class BaselineDiff {
    private final List<BaselineChange> changes = new ArrayList<>();

    private BaselineDiff() {}

    /** The changes from {@code before} to {@code after}, grouped by area in a fixed order. */
    public static List<BaselineChange> between(final Baseline before, final Baseline after) {
        BaselineDiff diff = new BaselineDiff();
        diff.compareBuild(before, after);
        diff.compare(Area.GATE, "verdict", before.gate().verdict(), after.gate().verdict());
        diff.compareItems(before.items(), after.items());
        diff.compareSoup(before.soup(), after.soup());
        diff.compareTests(before.tests().results(), after.tests().results());
        diff.compareCoverage(before.coverage(), after.coverage());
        return List.copyOf(diff.changes);
    }

    private void compareBuild(final Baseline before, final Baseline after) {
        compare(Area.BUILD, "id", before.build().buildId(), after.build().buildId());
        compare(Area.BUILD, "revisions", revisions(before), revisions(after));
    }

    private static String revisions(final Baseline baseline) {
        return String.join(
                ", ",
                baseline.build().revisions().stream()
                        .map(r -> r.repository() + "@" + r.revision() + (r.tree() == TreeState.DIRTY ? " (dirty)" : ""))
                        .toList());
    }

    private void compareItems(final List<ItemState> before, final List<ItemState> after) {
        Map<String, ItemState> old = index(before, ItemState::key);
        Map<String, ItemState> now = index(after, ItemState::key);
        for (String key : union(old, now)) {
            ItemState a = old.get(key);
            ItemState b = now.get(key);
            if (a == null || b == null) {
                compare(
                        Area.ITEM,
                        key,
                        a == null ? "" : a.type() + " " + a.status(),
                        b == null ? "" : b.type() + " " + b.status());
                continue;
            }
            compare(Area.ITEM, key + " status", a.status(), b.status());
            compare(Area.ITEM, key + " safety class", a.safetyClass(), b.safetyClass());
            compare(
                    Area.ITEM,
                    key + " verification",
                    a.verification().name(),
                    b.verification().name());
            // by instant: a baseline of schema 1 before issue 16 kept Jira's text in the reader's time zone
            compare(
                    Area.ITEM,
                    key + " last change",
                    Timestamps.normalize(a.updated()),
                    Timestamps.normalize(b.updated()));
        }
    }

    private void compareSoup(final List<SoupEntry> before, final List<SoupEntry> after) {
        Map<String, SoupEntry> old = index(before, BaselineDiff::soupIdentity);
        Map<String, SoupEntry> now = index(after, BaselineDiff::soupIdentity);
        for (String name : union(old, now)) {
            SoupEntry a = old.get(name);
            SoupEntry b = now.get(name);
            compare(Area.SOUP, name, a == null ? "" : version(a), b == null ? "" : version(b));
            if (a != null && b != null) {
                compare(
                        Area.SOUP,
                        name + " reconciliation",
                        a.outcome().name(),
                        b.outcome().name());
            }
            compareVulnerabilities(
                    name, a == null ? List.of() : a.vulnerabilities(), b == null ? List.of() : b.vulnerabilities());
        }
    }

    private void compareVulnerabilities(
            final String component,
            final List<ComponentVulnerability> before,
            final List<ComponentVulnerability> after) {
        Map<String, ComponentVulnerability> old = index(before, ComponentVulnerability::id);
        Map<String, ComponentVulnerability> now = index(after, ComponentVulnerability::id);
        for (String id : union(old, now)) {
            compare(Area.VULNERABILITY, id + " in " + component, describe(old.get(id)), describe(now.get(id)));
        }
    }

    private static String describe(final ComponentVulnerability vulnerability) {
        if (vulnerability == null) {
            return "";
        }
        String state = vulnerability.assessment().state();
        return vulnerability.severity().id() + ", " + (state.isEmpty() ? "unassessed" : state);
    }

    private void compareTests(final List<TestBinding> before, final List<TestBinding> after) {
        Map<String, String> old = outcomes(before);
        Map<String, String> now = outcomes(after);
        for (String id : union(old, now)) {
            compare(Area.TEST, id, old.getOrDefault(id, ""), now.getOrDefault(id, ""));
        }
    }

    private static Map<String, String> outcomes(final List<TestBinding> results) {
        Map<String, String> outcomes = new TreeMap<>();
        for (TestBinding result : results) {
            outcomes.merge(result.id(), result.outcome().name(), (a, b) -> a.equals(b) ? a : a + "+" + b);
        }
        return outcomes;
    }

    private void compareCoverage(final CoverageSummary before, final CoverageSummary after) {
        for (CounterType type : List.of(CounterType.LINE, CounterType.BRANCH, CounterType.INSTRUCTION)) {
            compare(
                    Area.COVERAGE,
                    type.name().toLowerCase(java.util.Locale.ROOT),
                    percent(before.totals().get(type)),
                    percent(after.totals().get(type)));
        }
    }

    /** Coverage as people read it, with one decimal, e.g. {@code 93.4% (1402/1501)}. */
    public static String percent(final Counter counter) {
        if (counter == null || counter.total() == 0) {
            return "";
        }
        long permille = Math.floorDiv(counter.covered() * 1000, counter.total());
        return permille / 10 + "." + permille % 10 + "% (" + counter.covered() + "/" + counter.total() + ")";
    }

    private static String soupIdentity(final SoupEntry entry) {
        String purl = entry.component().purl();
        int at = purl.lastIndexOf('@');
        if (!purl.isEmpty()) {
            return at > purl.lastIndexOf('/') ? purl.substring(0, at) : purl;
        }
        return entry.itemKey().isEmpty() ? entry.component().name() : entry.itemKey();
    }

    private static String version(final SoupEntry entry) {
        return entry.component().version().isEmpty()
                ? entry.itemVersion()
                : entry.component().version();
    }

    private void compare(final Area area, final String subject, final String before, final String after) {
        if (!before.equals(after)) {
            changes.add(new BaselineChange(area, subject, before, after));
        }
    }

    private static <T> Map<String, T> index(final List<T> values, final Function<T, String> key) {
        Map<String, T> index = new TreeMap<>();
        values.forEach(value -> index.putIfAbsent(key.apply(value), value));
        return index;
    }

    private static TreeSet<String> union(final Map<String, ?> a, final Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(IssueKeys.ORDER);
        keys.addAll(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
