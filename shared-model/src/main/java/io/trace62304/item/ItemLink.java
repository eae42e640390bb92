package io.trace62304.item;

import java.util.Objects;

/**
 * One issue link seen from the item that holds it: {@code OUTWARD} reads "this item &lt;outward phrase&gt;
 * key" (e.g. verifies RC-3), {@code INWARD} reads "this item &lt;inward phrase&gt; key" (is verified by T-9).
 */
public record ItemLink(String type, Direction direction, String key) implements Comparable<ItemLink> {
    public enum Direction {
        OUTWARD,
        INWARD
    }

    public ItemLink {
        Objects.requireNonNull(type);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(key);
    }

    /** Whether this link is of the given canonical type and direction. */
    public boolean is(final LinkType linkType, final Direction wanted) {
        return direction == wanted && linkType.typeName().equalsIgnoreCase(type);
    }

    @Override
    public int compareTo(final ItemLink other) {
        int byType = type.compareTo(other.type);
        if (byType != 0) {
            return byType;
        }
        int byDirection = direction.compareTo(other.direction);
        return byDirection != 0 ? byDirection : IssueKeys.ORDER.compare(key, other.key);
    }
}
