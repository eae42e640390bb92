package io.trace62304.risk;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import io.trace62304.trace.TraceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link RiskChain} of a baseline. Links are read from both sides, as the classification reads them
 * ({@code item.ItemGraph}): a risk control belongs to every hazard it is linked to; its implementers are the
 * requirements and software items linked to it; a hazard's causes are the software items linked to it by
 * {@code Causes}. Verification is the baseline's own ({@link ItemState#verification()}), the outcomes those of the
 * tests of this build that declare the item.
 */
public final class RiskChains {
    private final Map<String, ItemState> items = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Set<String>> causes = new HashMap<>();
    private final TraceGraph tests;

    private RiskChains(final Baseline baseline) {
        baseline.items().forEach(item -> items.put(item.key(), item));
        for (ItemState item : baseline.items()) {
            for (ItemLink link : item.links()) {
                if (items.containsKey(link.key()) && !link.key().equals(item.key())) {
                    join(neighbours, item.key(), link.key());
                    if (LinkType.CAUSES.typeName().equalsIgnoreCase(link.type())) {
                        join(causes, item.key(), link.key());
                    }
                }
            }
        }
        this.tests = new TraceGraph(baseline.tests().results());
    }

    /** The chain of every hazard of the baseline, and the risk controls attached to none. */
    public static RiskChain of(final Baseline baseline) {
        return new RiskChains(baseline).chain(baseline);
    }

    private RiskChain chain(final Baseline baseline) {
        List<HazardChain> hazards = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        for (ItemState hazard : sorted(baseline.items(), ItemType.HAZARD)) {
            List<ControlChain> controls = new ArrayList<>();
            for (ItemState control : linked(neighbours, hazard.key(), ItemType.RISK_CONTROL)) {
                attached.add(control.key());
                controls.add(control(control, List.of()));
            }
            List<ItemState> causedBy = linked(causes, hazard.key(), ItemType.SOFTWARE_ITEM, ItemType.SOFTWARE_SYSTEM);
            List<ChainGap> gaps = new ArrayList<>();
            if (controls.isEmpty()) {
                gaps.add(ChainGap.NO_RISK_CONTROL);
            }
            if (causedBy.isEmpty()) {
                gaps.add(ChainGap.NO_CAUSE);
            }
            hazards.add(new HazardChain(hazard, causedBy, controls, gaps));
        }
        List<ControlChain> unattached = new ArrayList<>();
        for (ItemState control : sorted(baseline.items(), ItemType.RISK_CONTROL)) {
            if (!attached.contains(control.key())) {
                unattached.add(control(control, List.of(ChainGap.MITIGATES_NO_HAZARD)));
            }
        }
        return new RiskChain(hazards, unattached);
    }

    private ControlChain control(final ItemState control, final List<ChainGap> known) {
        List<ChainLink> implementers = new ArrayList<>();
        for (ItemState implementer : linked(
                neighbours, control.key(), ItemType.REQUIREMENT, ItemType.SOFTWARE_ITEM, ItemType.SOFTWARE_SYSTEM)) {
            implementers.add(link(implementer, List.of()));
        }
        List<ChainGap> gaps = new ArrayList<>(known);
        if (implementers.isEmpty()) {
            gaps.add(ChainGap.NOT_IMPLEMENTED);
        }
        return new ControlChain(link(control, gaps), implementers);
    }

    private ChainLink link(final ItemState item, final List<ChainGap> gaps) {
        boolean software = ItemType.ofName(item.type()).isSoftware();
        TestTally tally = TestTally.of(tests.testsOf(item.key()));
        // a software item is verified through its requirements (5.7): only its failing tests are a gap of its own
        if (software) {
            return new ChainLink(item, tally, tally.failing() ? List.of(ChainGap.TEST_FAILING) : gaps);
        }
        return ChainLink.of(item, tally, gaps);
    }

    private List<ItemState> linked(final Map<String, Set<String>> graph, final String key, final ItemType... types) {
        List<ItemState> found = new ArrayList<>();
        for (String other : graph.getOrDefault(key, Set.of())) {
            ItemState item = items.get(other);
            if (List.of(types).contains(ItemType.ofName(item.type()))) {
                found.add(item);
            }
        }
        return found;
    }

    private static List<ItemState> sorted(final List<ItemState> items, final ItemType type) {
        Map<String, ItemState> byKey = new TreeMap<>(IssueKeys.ORDER);
        items.stream()
                .filter(item -> ItemType.ofName(item.type()) == type)
                .forEach(item -> byKey.put(item.key(), item));
        return List.copyOf(byKey.values());
    }

    private static void join(final Map<String, Set<String>> graph, final String a, final String b) {
        graph.computeIfAbsent(a, k -> new TreeSet<>(IssueKeys.ORDER)).add(b);
        graph.computeIfAbsent(b, k -> new TreeSet<>(IssueKeys.ORDER)).add(a);
    }
}
