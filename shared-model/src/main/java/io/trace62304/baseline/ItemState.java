package io.trace62304.baseline;

import io.trace62304.item.ItemLink;
import io.trace62304.trace.VerificationStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one item at the moment of the build: type, status, effective safety class and why, the 62304
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
}
