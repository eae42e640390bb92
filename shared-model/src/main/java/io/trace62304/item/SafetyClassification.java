package io.trace62304.item;

import io.trace62304.item.ItemSet.Classification;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives each item's effective safety class (4.3). Software items carry the class; requirements, risk controls
 * and problem reports take the highest class of the software items their linked group touches (items joined by
 * links among themselves, stopping at software items, SOUP items and hazards). A group with a risk control also
 * takes the class implied by the severity of the hazards the control mitigates (7.2.2b), serious when none is
 * recorded. Links count from whichever side wrote them ({@link ItemGraph}). An explicit class on an item may raise
 * that item only. Hazards have a severity, not a class. An item nothing classifies is Class C (4.3g).
 */
final class SafetyClassification {
    static final String UNCLASSIFIED = "unclassified: Class C assumed (4.3g)";
    private static final Set<ItemType> BOUNDARIES = Set.of(ItemType.SOFTWARE_ITEM, ItemType.SOUP_ITEM, ItemType.HAZARD);

    private final ItemGraph graph;
    private final Map<String, String> parent = new HashMap<>();

    private SafetyClassification(final ItemGraph graph) {
        this.graph = graph;
    }

    static Map<String, Classification> classify(final ItemGraph graph) {
        return new SafetyClassification(graph).classifyAll();
    }

    private Map<String, Classification> classifyAll() {
        joinGroups();
        Map<String, Source> groupClass = new HashMap<>();
        for (Item item : graph.items()) {
            if (!isBoundary(item)) {
                for (Item other : graph.neighbours(item.key())) {
                    if (other.type() == ItemType.SOFTWARE_ITEM) {
                        groupClass.merge(root(item.key()), Source.of(other), Source::max);
                    }
                }
                if (item.type() == ItemType.RISK_CONTROL) {
                    groupClass.merge(root(item.key()), controlled(item), Source::max);
                }
            }
        }
        Map<String, Classification> result = new HashMap<>();
        for (Item item : graph.items()) {
            result.put(
                    item.key(),
                    item.type() == ItemType.HAZARD
                            ? new Classification(HarmSeverity.of(item).impliedClass(), severityBasis(item))
                            : classify(item, derived(item, groupClass)));
        }
        return result;
    }

    /** The class the risk a control controls implies: the highest of its hazards' severities (7.2.2b). */
    private Source controlled(final Item control) {
        ControlledRisk risk = ControlledRisk.of(graph, control);
        return risk.hazard().isEmpty()
                ? new Source(
                        risk.safetyClass(),
                        2,
                        control.key(),
                        "risk control " + control.key() + " names no hazard in scope: serious injury or death"
                                + " assumed (7.2.2b, 4.3g)")
                : new Source(
                        risk.safetyClass(),
                        1,
                        risk.hazard(),
                        "from " + risk.why() + " mitigated by " + control.key() + " (7.2.2b)");
    }

    static String severityBasis(final Item hazard) {
        return "severity: " + HarmSeverity.describe(hazard);
    }

    private Optional<Source> derived(final Item item, final Map<String, Source> groupClass) {
        if (item.type() == ItemType.SOFTWARE_ITEM) {
            return Optional.empty();
        }
        if (!isBoundary(item)) {
            return Optional.ofNullable(groupClass.get(root(item.key())));
        }
        Source best = null;
        for (Item other : graph.neighbours(item.key())) {
            Source candidate = other.type() == ItemType.SOFTWARE_ITEM
                    ? Source.of(other)
                    : isBoundary(other) ? null : groupClass.get(root(other.key()));
            best = candidate == null ? best : best == null ? candidate : best.max(candidate);
        }
        return Optional.ofNullable(best);
    }

    private static Classification classify(final Item item, final Optional<Source> derived) {
        Optional<SafetyClass> explicit = explicit(item);
        if (derived.isEmpty()) {
            return explicit.map(c -> new Classification(c, explicitBasis(item)))
                    .orElseGet(() -> new Classification(SafetyClass.C, UNCLASSIFIED));
        }
        Source source = derived.get();
        if (explicit.isPresent() && explicit.get().compareTo(source.safetyClass()) > 0) {
            return new Classification(
                    explicit.get(),
                    explicitBasis(item) + ", raised from " + source.safetyClass() + " of " + source.key());
        }
        return new Classification(source.safetyClass(), source.basis());
    }

    /** The class written on the item: the highest it names; one that names none counts as C (4.3g). */
    static Optional<SafetyClass> explicit(final Item item) {
        Optional<String> text = item.field(ItemField.SAFETY_CLASS);
        return text.isEmpty()
                ? Optional.empty()
                : Optional.of(item.explicitClass().orElse(SafetyClass.C));
    }

    /** "explicit", or how an ambiguous or unreadable written class was read. */
    static String explicitBasis(final Item item) {
        String text = item.field(ItemField.SAFETY_CLASS).orElse("");
        Set<SafetyClass> named = SafetyClass.named(text);
        if (named.isEmpty()) {
            return "explicit '" + text + "' names no class: Class C assumed (4.3g)";
        }
        return named.size() > 1 ? "explicit '" + text + "' names " + named + ": the highest taken (4.3)" : "explicit";
    }

    private void joinGroups() {
        for (Item item : graph.items()) {
            if (isBoundary(item)) {
                continue;
            }
            for (Item other : graph.neighbours(item.key())) {
                if (!isBoundary(other)) {
                    String left = root(item.key());
                    String right = root(other.key());
                    if (!left.equals(right)) {
                        parent.put(left, right);
                    }
                }
            }
        }
    }

    private String root(final String key) {
        String current = key;
        String next = parent.get(current);
        while (next != null && !next.equals(current)) {
            String grand = parent.get(next);
            if (grand != null) {
                parent.put(current, grand);
            }
            current = next;
            next = parent.get(current);
        }
        return current;
    }

    static boolean isBoundary(final Item item) {
        return BOUNDARIES.contains(item.type());
    }

    /**
     * A class with where it comes from; of two, the higher class wins, then a software item over a hazard over
     * an assumption ({@code rank}), then the smaller key.
     */
    private record Source(SafetyClass safetyClass, int rank, String key, String basis) {
        static Source of(final Item softwareItem) {
            return new Source(
                    explicit(softwareItem).orElse(SafetyClass.C),
                    0,
                    softwareItem.key(),
                    "from software item " + softwareItem.key());
        }

        Source max(final Source other) {
            int byClass = safetyClass.compareTo(other.safetyClass);
            if (byClass != 0) {
                return byClass > 0 ? this : other;
            }
            if (rank != other.rank) {
                return rank < other.rank ? this : other;
            }
            return IssueKeys.ORDER.compare(key, other.key) <= 0 ? this : other;
        }
    }
}
