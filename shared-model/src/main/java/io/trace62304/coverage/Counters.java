package io.trace62304.coverage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counters of one element of a coverage report.
 *
 * @param values counter per type; types the report did not state are absent
 */
public record Counters(Map<CounterType, Counter> values) {
    public Counters {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    /**
     * @param type a counter type
     * @return its counter, if the report stated it
     */
    public Optional<Counter> get(final CounterType type) {
        return Optional.ofNullable(values.get(type));
    }

    /** @return the counters in {@link CounterType} order */
    public Map<CounterType, Counter> ordered() {
        return values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }
}
