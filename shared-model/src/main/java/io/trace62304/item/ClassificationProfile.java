package io.trace62304.item;

import java.util.Map;
import java.util.Objects;

/**
 * A classification scheme as data, one per edition (shipped as {@code io/trace62304/gate/profiles/*.yaml} and read
 * by the gate's {@code ClassificationProfiles}): what the edition calls its
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

    /** The default profile's terms, for code that has no policy at hand. */
    public static final ClassificationProfile A1_2015 = new ClassificationProfile(
            DEFAULT,
            "IEC 62304:2006+A1:2015",
            "software safety class",
            Map.of(SafetyClass.A, "Class A", SafetyClass.B, "Class B", SafetyClass.C, "Class C"),
            SafetyClass.A,
            "7.2.2b");

    public ClassificationProfile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(edition);
        Objects.requireNonNull(term);
        levels = Map.copyOf(levels);
        Objects.requireNonNull(riskControlSoftwareAtLeast);
        Objects.requireNonNull(riskControlClause);
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
