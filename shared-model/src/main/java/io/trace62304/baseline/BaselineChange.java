package io.trace62304.baseline;

import java.util.Objects;

/** One difference between two baselines: the area, what changed, and the value before and after. */
public record BaselineChange(Area area, String subject, String before, String after) {
    public enum Area {
        BUILD,
        GATE,
        ITEM,
        SOUP,
        VULNERABILITY,
        TEST,
        COVERAGE
    }

    public BaselineChange {
        Objects.requireNonNull(area);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    /** Reads as one line, e.g. {@code item MED-3 status: Open -> Closed}. */
    public String describe() {
        String name = area.name().toLowerCase(java.util.Locale.ROOT) + " " + subject;
        if (before.isEmpty()) {
            return name + ": added " + after;
        }
        if (after.isEmpty()) {
            return name + ": removed (was " + before + ")";
        }
        return name + ": " + before + " -> " + after;
    }
}
