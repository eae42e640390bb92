package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.SafetyClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One rule's settings in a policy: on or off, the classes it checks, its weight and its parameters. */
public record RuleSettings(boolean enabled, Set<SafetyClass> classes, Level severity, JsonNode parameters) {
    public RuleSettings {
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    public boolean appliesTo(final SafetyClass safetyClass) {
        return classes.contains(safetyClass);
    }

    public String text(final String name) {
        return parameters.path(name).asText("");
    }

    public JsonNode node(final String name) {
        return parameters.path(name);
    }

    public List<String> texts(final String name) {
        List<String> values = new ArrayList<>();
        parameters.path(name).forEach(value -> values.add(value.asText()));
        return values;
    }
}
