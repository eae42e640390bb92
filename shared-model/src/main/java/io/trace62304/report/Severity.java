package io.trace62304.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity of a vulnerability, normalised across scanners (Dependency-Check, CycloneDX ratings). A CVSS score
 * gets its severity from {@link CvssBands}, by the version of the method that produced it.
 */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO,
    NONE,
    UNKNOWN;

    /**
     * @param text a scanner's word for it, any case: {@code High}, {@code moderate}, {@code informational}…
     * @return the severity, if the word is one we know
     */
    public static Optional<Severity> parse(final String text) {
        return Optional.ofNullable(
                switch (text.strip().toLowerCase(Locale.ROOT)) {
                    case "critical" -> CRITICAL;
                    case "high", "important" -> HIGH;
                    case "medium", "moderate" -> MEDIUM;
                    case "low" -> LOW;
                    case "info", "informational" -> INFO;
                    case "none" -> NONE;
                    case "unknown", "unassigned" -> UNKNOWN;
                    default -> null;
                });
    }

    /** @return the lower-case identifier used in JSON output */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
