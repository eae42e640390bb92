package io.trace62304.item;

import io.trace62304.item.ItemSet.Classification;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives each item's effective safety class (4.3). Software systems and items carry the class, a part inheriting
 * its parent's ({@link SoftwareClasses}); requirements, risk controls and problem reports take the highest class
 * of the software their linked group touches (items joined by links among themselves, stopping at software, SOUP
 * items and hazards). A group with a risk control also takes the class implied by the severity of the hazards the
 * control mitigates (7.2.2b), serious when none is recorded. A SOUP item takes the class of the software system
 * it runs in, unless a {@code Segregation Rationale} (5.3.5) lets it take the class of the items using it. Links
 * count from whichever side wrote them ({@link ItemGraph}); a link to an item not in scope gives Class C. An
 * explicit class on an item may raise that item only. Hazards have a severity, not a class. An item nothing
 * classifies is Class C (4.3g).
 */
final class SafetyClassification {
    static final String UNCLASSIFIED = "unclassified: Class C assumed (4.3g)";
    private static final Set<ItemType> BOUNDARIES =
            EnumSet.of(ItemType.SOFTWARE_ITEM, ItemType.SOFTWARE_SYSTEM, ItemType.SOUP_ITEM, ItemType.HAZARD);

    private final ItemGraph graph;
    private final SoftwareClasses software;
    private final Map<String, String> parent = new HashMap<>();
    /** The highest class of the software in scope, as a SOUP item's system: found once, not once per SOUP item. */
    private final Optional<ClassSource> wholeSystem;

    private SafetyClassification(final ItemGraph graph) {
        this.graph = graph;
        this.software = new SoftwareClasses(graph);
        this.wholeSystem = Optional.ofNullable(wholeSystem(graph));
    }

    static Map<String, Classification> classify(final ItemGraph graph) {
        return new SafetyClassification(graph).classifyAll();
    }

    private Map<String, Classification> classifyAll() {
        joinGroups();
        Map<String, ClassSource> groupClass = new HashMap<>();
        for (Item item : graph.items()) {
            if (!isBoundary(item)) {
                ClassSource found = null;
                for (Item other : graph.neighbours(item.key())) {
                    if (other.type().isSoftware()) {
                        found = ClassSource.higher(found, software.source(other));
                    }
                }
                for (String missing : graph.dangling(item.key())) {
                    found = ClassSource.higher(found, ClassSource.notInScope(item.key(), missing));
                }
                if (item.type() == ItemType.RISK_CONTROL) {
                    found = ClassSource.higher(found, controlled(item));
                }
                if (found != null) {
                    groupClass.merge(root(item.key()), found, ClassSource::max);
                }
            }
        }
        Map<String, Classification> result = new HashMap<>();
        for (Item item : graph.items()) {
            result.put(item.key(), classOf(item, groupClass));
        }
        return result;
    }

    private Classification classOf(final Item item, final Map<String, ClassSource> groupClass) {
        return switch (item.type()) {
            case HAZARD -> new Classification(HarmSeverity.of(item).impliedClass(), severityBasis(item));
            case SOFTWARE_ITEM, SOFTWARE_SYSTEM -> software.of(item);
            case SOUP_ITEM -> classify(item, Optional.ofNullable(soup(item, groupClass)));
            default -> classify(item, Optional.ofNullable(groupClass.get(root(item.key()))));
        };
    }

    /** The class the risk a control controls implies: the highest of its hazards' severities (7.2.2b). */
    private ClassSource controlled(final Item control) {
        ControlledRisk risk = ControlledRisk.of(graph, control);
        return risk.hazard().isEmpty()
                ? new ClassSource(
                        risk.safetyClass(),
                        ClassSource.ASSUMED,
                        control.key(),
                        "risk control " + control.key() + " names no hazard in scope: serious injury or death"
                                + " assumed (7.2.2b, 4.3g)")
                : new ClassSource(
                        risk.safetyClass(),
                        ClassSource.HAZARD,
                        risk.hazard(),
                        "from " + risk.why() + " mitigated by " + control.key() + " (7.2.2b)");
    }

    /**
     * A SOUP item runs in a software system: without a segregation rationale it takes that system's class (the
     * top of its users' decomposition when that is a Software System, else the highest class of the software in
     * scope, 4.3, 5.3.5); with one, the highest class of what it links to.
     */
    private ClassSource soup(final Item soup, final Map<String, ClassSource> groupClass) {
        ClassSource linked = null;
        for (String missing : graph.dangling(soup.key())) {
            linked = ClassSource.higher(linked, ClassSource.notInScope(soup.key(), missing));
        }
        if (soup.has(ItemField.SEGREGATION_RATIONALE)) {
            for (Item other : graph.neighbours(soup.key())) {
                ClassSource candidate = other.type().isSoftware()
                        ? software.source(other)
                        : isBoundary(other) ? null : groupClass.get(root(other.key()));
                linked = ClassSource.higher(linked, candidate);
            }
            return linked == null
                    ? null
                    : new ClassSource(
                            linked.safetyClass(),
                            linked.rank(),
                            linked.key(),
                            linked.basis() + ", segregated by its Segregation Rationale (5.3.5)");
        }
        return ClassSource.higher(linked, system(soup));
    }

    private ClassSource system(final Item soup) {
        ClassSource system = null;
        boolean whole = false;
        for (Item user : graph.neighbours(soup.key())) {
            if (user.type().isSoftware()) {
                for (Item top : graph.rootsOf(user)) {
                    if (top.type() == ItemType.SOFTWARE_SYSTEM) {
                        system = ClassSource.higher(system, runsIn(top, "software system " + top.key()));
                    } else {
                        whole = true;
                    }
                }
            }
        }
        if (system == null || whole) {
            system = ClassSource.higher(system, wholeSystem.orElse(null));
        }
        return system;
    }

    private ClassSource wholeSystem(final ItemGraph items) {
        ClassSource highest = null;
        for (Item item : items.items()) {
            if (item.type().isSoftware()) {
                highest = ClassSource.higher(
                        highest,
                        runsIn(item, "the software system in scope (its highest class from " + item.key() + ")"));
            }
        }
        return highest;
    }

    private ClassSource runsIn(final Item software, final String place) {
        return new ClassSource(
                this.software.of(software).safetyClass(),
                ClassSource.SOFTWARE,
                software.key(),
                "runs in " + place + "; no Segregation Rationale recorded (4.3, 5.3.5)");
    }

    static String severityBasis(final Item hazard) {
        return "severity: " + HarmSeverity.describe(hazard);
    }

    private static Classification classify(final Item item, final Optional<ClassSource> derived) {
        Optional<SafetyClass> explicit = explicit(item);
        if (derived.isEmpty()) {
            return explicit.map(c -> new Classification(c, explicitBasis(item)))
                    .orElseGet(() -> new Classification(SafetyClass.C, UNCLASSIFIED));
        }
        ClassSource source = derived.get();
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
                // links are read from both sides: each pair is joined once, from its smaller key
                if (!isBoundary(other) && item.key().compareTo(other.key()) < 0) {
                    String left = root(item.key());
                    String right = root(other.key());
                    if (!left.equals(right)) {
                        parent.put(left, right);
                    }
                }
            }
        }
        for (Item item : graph.items()) { // every key straight to its group's root: one look-up from here on
            String group = root(item.key());
            if (!group.equals(item.key())) {
                parent.put(item.key(), group);
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
}
