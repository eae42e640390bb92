package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.baseline.ItemState;
import io.trace62304.item.IssueKeys;
import io.trace62304.item.SafetyClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage rule's {@code packages} mapping, read as decomposition (4.3d, 5.3.5): code is part of the software
 * system, so a glob takes the system's class unless it names the software item the code belongs to (then that
 * item's class) or a lower class with the segregation rationale that allows it ({@code {class: A, rationale:
 * ...}}). A bare lower class is held at the system's class, and the finding says so.
 */
final class PackageClasses {
    private final Map<String, SafetyClass> classes = new LinkedHashMap<>();
    private final Map<SafetyClass, List<String>> notes = new EnumMap<>(SafetyClass.class);

    PackageClasses(final GateContext context, final JsonNode packages) {
        SafetyClass system = context.systemClass();
        for (Map.Entry<String, JsonNode> entry : packages.properties()) {
            String glob = entry.getKey();
            JsonNode value = entry.getValue();
            SafetyClass safetyClass;
            if (value.isObject()) {
                safetyClass = SafetyClass.parse(value.path("class").asText()).orElseThrow();
            } else {
                Optional<SafetyClass> letter = SafetyClass.parse(value.asText());
                Optional<ItemState> item = context.item(value.asText().strip());
                if (letter.isPresent()) {
                    safetyClass = letter.get().max(system);
                    if (letter.get().compareTo(system) < 0) {
                        note(
                                safetyClass,
                                glob + " is mapped to Class " + letter.get()
                                        + " without a segregation rationale, so it is held at the system's Class "
                                        + system
                                        + " (4.3d, 5.3.5)");
                    }
                } else if (item.isPresent()) {
                    safetyClass = GateContext.classOf(item.get());
                } else {
                    safetyClass = SafetyClass.C;
                    note(
                            safetyClass,
                            glob + " is mapped to " + value.asText() + ", which is not an item in scope,"
                                    + " so it is held at Class C (4.3g)");
                }
            }
            classes.put(glob, safetyClass);
        }
    }

    /** Why a {@code packages} value is not one, or empty. */
    static Optional<String> problem(final JsonNode value) {
        if (value.isObject()) {
            boolean oneClass = SafetyClass.parse(value.path("class").asText()).isPresent();
            boolean rationale = !value.path("rationale").asText("").isBlank();
            return oneClass && rationale && value.size() == 2
                    ? Optional.empty()
                    : Optional.of("a packages entry written as a mapping has exactly 'class' (one of A, B, C) and"
                            + " 'rationale' (how this code is segregated, 5.3.5), not " + value);
        }
        boolean valid = value.isTextual()
                && (SafetyClass.parse(value.asText()).isPresent()
                        || IssueKeys.isKey(value.asText().strip()));
        return valid
                ? Optional.empty()
                : Optional.of("packages map globs to a safety class (A, B, C), a software item key or {class,"
                        + " rationale}, not '" + value.asText() + "'");
    }

    /** Glob → class, in the order written (the first match wins). */
    Map<String, SafetyClass> classes() {
        return classes;
    }

    /** Why some code of this class is held higher than mapped, for the finding; empty when none. */
    String notes(final SafetyClass safetyClass) {
        List<String> held = notes.getOrDefault(safetyClass, List.of());
        return held.isEmpty() ? "" : " (" + String.join("; ", held) + ")";
    }

    private void note(final SafetyClass safetyClass, final String note) {
        notes.computeIfAbsent(safetyClass, c -> new ArrayList<>()).add(note);
    }
}
