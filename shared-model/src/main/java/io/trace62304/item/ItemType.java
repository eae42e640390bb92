package io.trace62304.item;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The canonical issue types of the 62304 scheme, with the clause each one serves. */
public enum ItemType {
    PROBLEM_REPORT("Software Problem Report", "9"),
    RISK_CONTROL("Risk Control", "7.2"),
    SOUP_ITEM("SOUP Item", "8.1.2"),
    REQUIREMENT("Software Requirement", "5.2"),
    SOFTWARE_ITEM("Software Item", "4.3"),
    /** The software system a release builds: carries the class assigned to it (4.3a); items may decompose it. */
    SOFTWARE_SYSTEM("Software System", "4.3"),
    HAZARD("Hazard", "7.1"),
    /** A verification other than by test (inspection, analysis, review): "otherwise verified" (5.7.4). */
    VERIFICATION_RECORD("Verification Record", "5.7.4"),
    /**
     * Any other issue type found in scope: kept for traceability, checked by no item rule; the gate reports each
     * such type with the closest canonical name ({@link #closestTo}), so a near miss is never skipped silently.
     */
    OTHER("Other", "");

    private final String displayName;
    private final String clause;

    ItemType(final String displayName, final String clause) {
        this.displayName = displayName;
        this.clause = clause;
    }

    /** The issue type name as the Jira scheme spells it. */
    public String displayName() {
        return displayName;
    }

    public String clause() {
        return clause;
    }

    /** A software system or software item: what carries an assigned class (4.3). */
    public boolean isSoftware() {
        return this == SOFTWARE_ITEM || this == SOFTWARE_SYSTEM;
    }

    /** The canonical issue type names, in declaration order ({@link #OTHER} is none). */
    public static List<String> canonicalNames() {
        return Arrays.stream(values())
                .filter(type -> type != OTHER)
                .map(ItemType::displayName)
                .toList();
    }

    /** The canonical issue type closest to a name the scheme does not know ({@link ClosestName}). */
    public static ItemType closestTo(final String name) {
        return ofName(ClosestName.closest(name, canonicalNames()));
    }

    /** Resolves an issue type name case-insensitively; "SPR" and "Requirement" are accepted too. */
    public static ItemType ofName(final String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if ("spr".equals(wanted) || "problem report".equals(wanted)) {
            return PROBLEM_REPORT;
        }
        if ("requirement".equals(wanted)) {
            return REQUIREMENT;
        }
        return Arrays.stream(values())
                .filter(type -> type != OTHER
                        && type.displayName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElse(OTHER);
    }
}
