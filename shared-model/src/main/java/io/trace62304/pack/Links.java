package io.trace62304.pack;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemLink;
import io.trace62304.item.LinkType;
import java.util.List;

/** The keys an item links to by one link type and direction, in key order. */
final class Links {
    private Links() {}

    static List<String> of(final ItemState item, final LinkType type, final ItemLink.Direction direction) {
        return item.links().stream()
                .filter(link -> link.is(type, direction))
                .map(ItemLink::key)
                .distinct()
                .sorted()
                .toList();
    }

    static String joined(final List<String> keys) {
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }
}
