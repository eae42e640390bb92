package io.trace62304.pack;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.LinkType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The links of the baseline's items seen from both ends: a link counts whichever side wrote it, so a risk control
 * that says "mitigates HAZ-1" is a control of HAZ-1 even when HAZ-1 does not list it.
 */
final class Links {
    private final Map<String, List<ItemLink>> written = new HashMap<>();
    private final Map<String, List<ItemLink>> reversed = new HashMap<>();

    Links(final List<ItemState> items) {
        for (ItemState item : items) {
            written.put(item.key(), item.links());
            for (ItemLink link : item.links()) {
                Direction other = link.direction() == Direction.OUTWARD ? Direction.INWARD : Direction.OUTWARD;
                reversed.computeIfAbsent(link.key(), key -> new ArrayList<>())
                        .add(new ItemLink(link.type(), other, item.key()));
            }
        }
    }

    /** The keys {@code item} is linked to by one link type in one direction, from either side, in key order. */
    List<String> of(final ItemState item, final LinkType type, final Direction direction) {
        TreeSet<String> keys = new TreeSet<>();
        for (List<ItemLink> links :
                List.of(written.getOrDefault(item.key(), List.of()), reversed.getOrDefault(item.key(), List.of()))) {
            links.stream().filter(link -> link.is(type, direction)).forEach(link -> keys.add(link.key()));
        }
        return List.copyOf(keys);
    }

    static String joined(final List<String> keys) {
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }
}
