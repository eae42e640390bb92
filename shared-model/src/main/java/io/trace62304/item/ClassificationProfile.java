package io.trace62304.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.SecureYaml;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A classification scheme as data, one per edition (shipped in {@code profiles/}): what the edition calls its
 * levels, which IEC 62304:2006+A1:2015 class each comes from, and the least level of software implementing a
 * risk control. The derivation itself (4.3) stays in A, B and C; a profile names the result in the edition's
 * terms and may add its own floor.
 *
 * @param id                         the name a policy selects it by ({@code classification:})
 * @param edition                    the edition findings cite
 * @param term                       what the edition calls a level ("software safety class")
 * @param levels                     each class's name in the edition ("Class C", "rigour level II")
 * @param riskControlSoftwareAtLeast the least class of software that implements a risk control
 * @param riskControlClause          what a finding about that floor cites
 */
public record ClassificationProfile(
        String id,
        String edition,
        String term,
        Map<SafetyClass, String> levels,
        SafetyClass riskControlSoftwareAtLeast,
        String riskControlClause) {
    /** The default: IEC 62304:2006+A1:2015. */
    public static final String DEFAULT = "iec62304-2006-a1-2015";

    private static final List<String> SHIPPED = List.of(DEFAULT, "iec62304-ed2-draft");

    public ClassificationProfile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(edition);
        Objects.requireNonNull(term);
        levels = Map.copyOf(levels);
        Objects.requireNonNull(riskControlSoftwareAtLeast);
        Objects.requireNonNull(riskControlClause);
    }

    /** The shipped profile ids. */
    public static List<String> shipped() {
        return SHIPPED;
    }

    /** A shipped profile by id; empty for an unknown one. */
    public static Optional<ClassificationProfile> named(final String id) {
        if (!SHIPPED.contains(id)) {
            return Optional.empty();
        }
        JsonNode node = SecureYaml.readResource(ClassificationProfile.class, "profiles/" + id + ".yaml");
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

    public static ClassificationProfile defaultProfile() {
        return named(DEFAULT).orElseThrow();
    }

    /** A class in this edition's terms: "Class C", or "rigour level II". */
    public String name(final SafetyClass safetyClass) {
        return levels.get(safetyClass);
    }

    /** The least class this edition gives software that implements a risk control for this risk. */
    SafetyClass forRiskControl(final SafetyClass fromRisk) {
        return fromRisk.max(riskControlSoftwareAtLeast);
    }
}
