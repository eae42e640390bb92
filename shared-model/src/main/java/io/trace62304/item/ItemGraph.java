package io.trace62304.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The items of a set with their links read from both sides: a link written only on one item (as a YAML file
 * often has it) joins both, so a class never depends on which side a link was written on (4.3f).
 */
final class ItemGraph {
    private final Map<String, Item> items;
    private final Map<String, Set<String>> neighbours = new TreeMap<>(IssueKeys.ORDER);

    ItemGraph(final Map<String, Item> items) {
        this.items = items;
        for (Item item : items.values()) {
            for (ItemLink link : item.links()) {
                if (items.containsKey(link.key()) && !link.key().equals(item.key())) {
                    neighbours
                            .computeIfAbsent(item.key(), k -> new TreeSet<>(IssueKeys.ORDER))
                            .add(link.key());
                    neighbours
                            .computeIfAbsent(link.key(), k -> new TreeSet<>(IssueKeys.ORDER))
                            .add(item.key());
                }
            }
        }
    }

    Collection<Item> items() {
        return items.values();
    }

    /** The items in scope linked to this one, whichever side wrote the link, in key order. */
    List<Item> neighbours(final String key) {
        List<Item> linked = new ArrayList<>();
        neighbours.getOrDefault(key, Set.of()).forEach(other -> linked.add(items.get(other)));
        return linked;
    }

    /** The hazards in scope linked to an item (for a risk control: the hazards it mitigates). */
    List<Item> hazardsOf(final String key) {
        return neighbours(key).stream()
                .filter(item -> item.type() == ItemType.HAZARD)
                .toList();
    }

    /**
     * The software items that contribute to implementing a risk control (7.2.2b): linked to it directly, or
     * through a requirement linked to it.
     */
    Set<Item> implementersOf(final String control) {
        Set<Item> found = new java.util.LinkedHashSet<>();
        for (Item linked : neighbours(control)) {
            if (linked.type() == ItemType.SOFTWARE_ITEM) {
                found.add(linked);
            } else if (linked.type() == ItemType.REQUIREMENT) {
                neighbours(linked.key()).stream()
                        .filter(item -> item.type() == ItemType.SOFTWARE_ITEM)
                        .forEach(found::add);
            }
        }
        return found;
    }
}
