package io.trace62304.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The items of one gate run, in key order, with their effective safety classes. */
public final class ItemSet {
    private final Map<String, Item> byKey;
    /** The same items in a hash, for look-ups (a key-ordered map compares keys at every step). */
    private final Map<String, Item> index;

    private final Map<String, Classification> classes;
    private final ItemGraph graph;

    private ItemSet(final Map<String, Item> byKey) {
        this.byKey = byKey;
        this.index = new HashMap<>(byKey);
        this.graph = new ItemGraph(byKey);
        this.classes = SafetyClassification.classify(graph);
    }

    /**
     * Collects items; the same key twice with identical content is kept once (overlapping search pages), with
     * different content it is refused.
     *
     * @throws IllegalArgumentException naming the key that appears twice with different content
     */
    public static ItemSet of(final Collection<Item> items) {
        Map<String, Item> byKey = new TreeMap<>(IssueKeys.ORDER);
        for (Item item : items) {
            Item earlier = byKey.putIfAbsent(item.key(), item);
            if (earlier != null && !earlier.equals(item)) {
                throw new IllegalArgumentException("item " + item.key() + " appears twice with different content");
            }
        }
        return new ItemSet(byKey);
    }

    public static ItemSet empty() {
        return of(List.of());
    }

    public List<Item> items() {
        return new ArrayList<>(byKey.values());
    }

    public List<Item> ofType(final ItemType type) {
        return byKey.values().stream().filter(item -> item.type() == type).toList();
    }

    public Optional<Item> get(final String key) {
        return Optional.ofNullable(index.get(key));
    }

    public boolean contains(final String key) {
        return index.containsKey(key);
    }

    public int size() {
        return byKey.size();
    }

    /** The effective class of an item of this set and why it has it. */
    public Classification classOf(final String key) {
        Classification classification = classes.get(key);
        if (classification == null) {
            throw new IllegalArgumentException("no item " + key + " in this set");
        }
        return classification;
    }

    /**
     * Where the written classes are lower than 4.3 and 7.2.2b allow (a software item below a risk control it
     * implements, a written Safety Class below the derived one), in key order.
     */
    public List<ClassIssue> classIssues() {
        return classIssues(ClassificationProfile.A1_2015);
    }

    /** The same, in the terms (and with the risk-control floor) of a classification profile. */
    public List<ClassIssue> classIssues(final ClassificationProfile profile) {
        return List.copyOf(ClassificationCheck.check(graph, classes, profile));
    }

    /** The highest effective class of the set's software and its items; C when the set is empty (4.3g). */
    public SafetyClass highestClass() {
        return byKey.values().stream()
                .filter(item -> item.type() != ItemType.HAZARD)
                .map(item -> classes.get(item.key()).safetyClass())
                .reduce(SafetyClass::max)
                .orElse(SafetyClass.C);
    }

    /**
     * An effective class with the reason an auditor can check. A hazard has a severity, not a class: its class
     * here is the one its severity implies (4.3a), and the basis names the severity.
     */
    public record Classification(SafetyClass safetyClass, String basis) {}
}
