package io.trace62304.baseline;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.trace.VerificationStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one item at the moment of the build: type, status, effective safety class and why (a hazard: no
 * class, and its severity as the basis), the 62304
 * fields (by canonical name), links, and whether this build verified it.
 */
public record ItemState(
        String key,
        String type,
        String summary,
        String status,
        boolean done,
        String safetyClass,
        String classBasis,
        String updated,
        Map<String, String> fields,
        List<ItemLink> links,
        VerificationStatus verification) {
    public ItemState {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(status);
        Objects.requireNonNull(safetyClass);
        Objects.requireNonNull(classBasis);
        Objects.requireNonNull(updated);
        fields = Map.copyOf(fields);
        links = List.copyOf(links);
        Objects.requireNonNull(verification);
    }

    public String field(final String name) {
        return fields.getOrDefault(name, "");
    }

    /** The item's effective class; a hazard, which has a severity and no class, counts as C. */
    public SafetyClass effectiveClass() {
        return safetyClass.isEmpty() ? SafetyClass.C : SafetyClass.valueOf(safetyClass);
    }

    /** Whether this is a hazard: it has a severity ({@link #classBasis}), and no safety class. */
    public boolean isHazard() {
        return ItemType.HAZARD.displayName().equals(type);
    }

    /** The item as its source gave it, so a stored baseline can be classified again. */
    public Item asItem() {
        Map<ItemField, String> values = new EnumMap<>(ItemField.class);
        fields.forEach((name, value) -> ItemField.ofName(name).ifPresent(field -> values.put(field, value)));
        return new Item(key, ItemType.ofName(type), summary, status, done, updated, values, links, type);
    }
}
