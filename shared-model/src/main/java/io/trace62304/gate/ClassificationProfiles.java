package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import io.trace62304.json.SecureYaml;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shipped classification profiles ({@code profiles/*.yaml} next to this class), one per edition. */
final class ClassificationProfiles {
    private static final List<String> SHIPPED = List.of(ClassificationProfile.DEFAULT, "iec62304-ed2-draft");

    private ClassificationProfiles() {}

    static List<String> shipped() {
        return SHIPPED;
    }

    /** A shipped profile by id; empty for an unknown one. */
    static Optional<ClassificationProfile> named(final String id) {
        if (!SHIPPED.contains(id)) {
            return Optional.empty();
        }
        JsonNode node = SecureYaml.readResource(ClassificationProfiles.class, "profiles/" + id + ".yaml");
        Map<SafetyClass, String> levels = new EnumMap<>(SafetyClass.class);
        for (SafetyClass safetyClass : SafetyClass.values()) {
            levels.put(safetyClass, node.path("levels").path(safetyClass.name()).asText("Class " + safetyClass));
        }
        return Optional.of(new ClassificationProfile(
                node.path("profile").asText(),
                node.path("edition").asText(),
                node.path("term").asText(),
                levels,
                SafetyClass.parse(node.path("riskControlSoftwareAtLeast").asText())
                        .orElse(SafetyClass.A),
                node.path("riskControlClause").asText()));
    }
}
