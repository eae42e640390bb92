package io.trace62304.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The canonical custom fields of the 62304 scheme, resolved by name in every item source. */
public enum ItemField {
    SAFETY_CLASS("Safety Class"),
    HAZARD_SEVERITY("Hazard Severity"),
    SEGREGATION_RATIONALE("Segregation Rationale"),
    PROBLEM_TYPE("Problem Type"),
    CRITICALITY("Criticality"),
    FOUND_IN_BUILD("Found In Build"),
    FIXED_IN_BUILD("Fixed In Build"),
    FOUND_BY_TEST("Found By Test"),
    ROOT_CAUSE("Root Cause"),
    /**
     * The item's text (Jira's description, a system field): what a requirement asks, which the SRS of the evidence
     * pack shows (5.2.2); sealed in the baseline with the item.
     */
    DESCRIPTION("Description"),
    /** Jira's resolution (a system field): how a closed problem report was closed, e.g. Fixed or Won't Fix. */
    RESOLUTION("Resolution"),
    /** Why a problem report was closed without a change (9.2d): a duplicate, not a defect, works as designed. */
    NO_ACTION_RATIONALE("No Action Rationale"),
    /** The earlier baseline (digest or build) in which the resolution of a problem report was verified (9.7, 9.8). */
    VERIFIED_IN("Verified In"),
    RISK_EVALUATION("Risk Evaluation"),
    VERIFICATION_EVIDENCE("Verification Evidence"),
    DEFERRAL_JUSTIFICATION("Deferral Justification"),
    SOUP_MANUFACTURER("SOUP Manufacturer"),
    SOUP_VERSION("SOUP Version"),
    PACKAGE_URL("Package URL"),
    SOUP_LICENSE("SOUP License"),
    /** How the supplier supports the SOUP: actively maintained, no longer maintained, abandoned (8.1.2, 6.1f). */
    SUPPORT_LEVEL("Support Level"),
    /** The date the supplier ends support of this SOUP version (8.1.2, 6.1f). */
    END_OF_SUPPORT("End Of Support"),
    ANOMALY_LIST_REVIEWED("Anomaly List Reviewed"),
    /** The SOUP version whose published anomaly list was reviewed (7.1.3): stale once the SOUP version changes. */
    ANOMALY_LIST_VERSION("Anomaly List Reviewed For Version"),
    /**
     * {@code build} (a component of the build, the default), {@code runtime} or {@code platform} (SOUP the software
     * runs on, such as a JRE or an operating system, that no build scan lists; 8.1.2).
     */
    SOUP_SCOPE("SOUP Scope"),
    VULNERABILITY_ASSESSMENT("Vulnerability Assessment"),
    COMMUNICATION_DECISION("Communication Decision"),
    /** What a residual anomaly means for the users of the released software (5.8.2, the anomaly list). */
    CONSEQUENCE_FOR_USERS("Consequence For Users"),
    /** How users can avoid or work around a residual anomaly (5.8.2, the anomaly list). */
    WORKAROUND("Workaround");

    private final String fieldName;

    ItemField(final String fieldName) {
        this.fieldName = fieldName;
    }

    /** The field name as the Jira scheme spells it. */
    public String fieldName() {
        return fieldName;
    }

    /** Resolves a field name case-insensitively. */
    public static Optional<ItemField> ofName(final String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.fieldName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
