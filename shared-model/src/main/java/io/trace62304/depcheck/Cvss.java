package io.trace62304.depcheck;

import io.trace62304.report.CvssBands;
import io.trace62304.report.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * One CVSS rating of a vulnerability.
 *
 * @param version   {@code 2}, {@code 3} or {@code 4} (major version of the CVSS method)
 * @param baseScore base score 0–10
 * @param severity  the rating's own severity: the one the report states, else the band of the score for its version
 * @param vector    the vector string where the report carries one, or empty
 */
public record Cvss(int version, double baseScore, Severity severity, String vector) {

    /**
     * @param stated the severity the report states for this rating, any case, or empty
     * @return the rating with the stated severity where it is a known word (a scanner's word is kept as written,
     *     also a "CRITICAL" on a v2 rating), else with the band of the score for its CVSS version
     */
    static Cvss of(final int version, final double baseScore, final String stated, final String vector) {
        return new Cvss(
                version,
                baseScore,
                Severity.parse(stated).orElseGet(() -> CvssBands.severity(version, baseScore)),
                vector);
    }

    /**
     * The severity of a vulnerability.
     *
     * @param stated the severity the report states for the vulnerability, or empty
     * @param cvss   its ratings
     * @return the stated severity where it is a known word, else the most severe of its ratings' own severities,
     *     else {@link Severity#UNKNOWN}
     */
    static Severity overall(final String stated, final List<Cvss> cvss) {
        return Severity.parse(stated)
                .orElseGet(() -> cvss.stream()
                        .map(Cvss::severity)
                        .min(Comparator.naturalOrder())
                        .orElse(Severity.UNKNOWN));
    }
}
