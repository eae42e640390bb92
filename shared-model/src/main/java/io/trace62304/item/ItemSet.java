package io.trace62304.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The items of one gate run, in key order, with their effective safety classes. */
public final class ItemSet {
    private final Map<String, Item> byKey;
    private final Map<String, Classification> classes;

    private ItemSet(final Map<String, Item> byKey) {
        this.byKey = byKey;
        this.classes = SafetyClassification.classify(byKey);
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
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(final String key) {
        return byKey.containsKey(key);
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

    /** The highest effective class in the set; C when the set is empty (4.3: unclassified means C). */
    public SafetyClass highestClass() {
        return classes.values().stream()
                .map(Classification::safetyClass)
                .reduce(SafetyClass::max)
                .orElse(SafetyClass.C);
    }

    /** An effective class with the reason an auditor can check. */
    public record Classification(SafetyClass safetyClass, String basis) {}
}
