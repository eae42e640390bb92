package io.trace62304.item;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The items of a set with their links read from both sides: a link written only on one item (as a YAML file
 * often has it) joins both, so a class never depends on which side a link was written on (4.3f).
 */
final class ItemGraph {
    private final Map<String, Item> items;
    /** The same items by key for look-ups: a hash, not the key-ordered map (20,000 keys, a look-up per link). */
    private final Map<String, Item> byKey;
    /** Each key's neighbours in key order, found once (classification asks for them several times an item). */
    private final Map<String, List<Item>> neighbours = new HashMap<>();

    ItemGraph(final Map<String, Item> items) {
        this.items = items;
        this.byKey = new HashMap<>(items);
        Map<String, Set<String>> linked = new HashMap<>();
        for (Item item : items.values()) {
            for (ItemLink link : item.links()) {
                if (byKey.containsKey(link.key()) && !link.key().equals(item.key())) {
                    linked.computeIfAbsent(item.key(), k -> new HashSet<>()).add(link.key());
                    linked.computeIfAbsent(link.key(), k -> new HashSet<>()).add(item.key());
                }
            }
        }
        linked.forEach((key, others) -> {
            List<String> ordered = new ArrayList<>(others);
            ordered.sort(IssueKeys.ORDER);
            neighbours.put(key, ordered.stream().map(byKey::get).toList());
        });
    }

    Collection<Item> items() {
        return items.values();
    }

    /** The items in scope linked to this one, whichever side wrote the link, in key order (unmodifiable). */
    List<Item> neighbours(final String key) {
        return neighbours.getOrDefault(key, List.of());
    }

    /** The hazards in scope linked to an item (for a risk control: the hazards it mitigates). */
    List<Item> hazardsOf(final String key) {
        return neighbours(key).stream()
                .filter(item -> item.type() == ItemType.HAZARD)
                .toList();
    }

    /** The software systems or items in scope this one is part of (4.3d), whichever side wrote the link. */
    List<Item> parentsOf(final String key) {
        Set<String> parents = new TreeSet<>(IssueKeys.ORDER);
        byKey.get(key).linked(LinkType.DECOMPOSES, ItemLink.Direction.OUTWARD).stream()
                .filter(byKey::containsKey)
                .forEach(parents::add);
        for (Item other : neighbours(key)) {
            if (other.linked(LinkType.DECOMPOSES, ItemLink.Direction.INWARD).contains(key)) {
                parents.add(other.key());
            }
        }
        return parents.stream()
                .map(byKey::get)
                .filter(item -> item.type().isSoftware())
                .toList();
    }

    /** The parents this item names that are not in scope. */
    List<String> danglingParents(final String key) {
        return byKey.get(key).linked(LinkType.DECOMPOSES, ItemLink.Direction.OUTWARD).stream()
                .filter(other -> !byKey.containsKey(other))
                .toList();
    }

    /**
     * The keys this item links to that are not in scope, except verification links (a test case may live in
     * another project): what its class cannot be derived from.
     */
    List<String> dangling(final String key) {
        return byKey.get(key).links().stream()
                .filter(link -> !LinkType.VERIFIES.typeName().equalsIgnoreCase(link.type()))
                .map(ItemLink::key)
                .filter(other -> !byKey.containsKey(other))
                .distinct()
                .toList();
    }

    /** The top of a software item's decomposition: the items or systems with no parent above it. */
    Set<Item> rootsOf(final Item software) {
        Set<Item> roots = new LinkedHashSet<>();
        Deque<Item> open = new ArrayDeque<>(List.of(software));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            Item next = open.pop();
            if (!seen.add(next.key())) {
                continue;
            }
            List<Item> parents = parentsOf(next.key());
            if (parents.isEmpty()) {
                roots.add(next);
            }
            open.addAll(parents);
        }
        return roots;
    }

    /**
     * The software items that contribute to implementing a risk control (7.2.2b): linked to it directly, or
     * through a requirement linked to it.
     */
    Set<Item> implementersOf(final String control) {
        Set<Item> found = new LinkedHashSet<>();
        for (Item linked : neighbours(control)) {
            if (linked.type().isSoftware()) {
                found.add(linked);
            } else if (linked.type() == ItemType.REQUIREMENT) {
                neighbours(linked.key()).stream()
                        .filter(item -> item.type().isSoftware())
                        .forEach(found::add);
            }
        }
        return found;
    }
}
