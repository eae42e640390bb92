package io.trace62304.item;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One 62304 item as its source holds it. {@code done} is the status category (closed, resolved); the explicit
 * safety class is the item's own {@code Safety Class} field, which may only raise the class it takes from the
 * software items it concerns (see {@link SafetyClassification}). {@code typeName} is the issue type as the source
 * names it: the canonical name, or for {@link ItemType#OTHER} the source's own ("Bug", "Task"), which the anomaly
 * list reads.
 */
public record Item(
        String key,
        ItemType type,
        String summary,
        String status,
        boolean done,
        String updated,
        Map<ItemField, String> fields,
        List<ItemLink> links,
        String typeName) {
    /** An item of a canonical type, named as the scheme names it. */
    public Item(
            final String key,
            final ItemType type,
            final String summary,
            final String status,
            final boolean done,
            final String updated,
            final Map<ItemField, String> fields,
            final List<ItemLink> links) {
        this(key, type, summary, status, done, updated, fields, links, type.displayName());
    }

    public Item {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(status);
        Objects.requireNonNull(updated);
        EnumMap<ItemField, String> kept = new EnumMap<>(ItemField.class);
        fields.forEach((field, value) -> {
            if (!value.isBlank()) {
                kept.put(field, value.strip());
            }
        });
        fields = kept.isEmpty() ? Map.of() : Collections.unmodifiableMap(kept);
        links = links.stream().sorted().distinct().toList();
        typeName = type == ItemType.OTHER && typeName != null && !typeName.isBlank()
                ? typeName.strip()
                : type.displayName();
    }

    /** The value of a canonical field, empty when the field is absent or blank. */
    public Optional<String> field(final ItemField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public boolean has(final ItemField field) {
        return fields.containsKey(field);
    }

    /**
     * The class written on the item itself, if any: the highest class it names, so "B/C" or a multi-select with B
     * and C reads as C, never B (4.3). A value that names no class is empty here; the item sources refuse it.
     */
    public Optional<SafetyClass> explicitClass() {
        return field(ItemField.SAFETY_CLASS).flatMap(SafetyClass::highest);
    }

    /** Keys linked by the given canonical type in the given direction, in key order. */
    public List<String> linked(final LinkType linkType, final ItemLink.Direction direction) {
        return links.stream()
                .filter(link -> link.is(linkType, direction))
                .map(ItemLink::key)
                .toList();
    }
}
