package io.trace62304.itemfile;

import io.trace62304.item.SafetyClass;
import java.util.Optional;

/** The check both item files apply to a written {@code Safety Class}: it names a class, or it is refused. */
final class ClassValues {
    private ClassValues() {}

    /**
     * @param key   the item, named in the message
     * @param value the field's text as the source holds it (blank when absent)
     * @return why the value is refused, or empty when it names at least one class (several read as the highest)
     */
    static Optional<String> problem(final String key, final String value) {
        if (value.isBlank() || !SafetyClass.named(value).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(key + " has Safety Class '" + value.strip()
                + "', which names no safety class; write A, B or C (4.3). A value naming several classes"
                + " (\"B/C\") is read as the highest, an empty one as unclassified (Class C, 4.3g)");
    }
}
