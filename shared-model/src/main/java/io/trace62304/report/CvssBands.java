package io.trace62304.report;

/**
 * The qualitative severity bands of CVSS scores, per version of the method, in one place.
 *
 * <ul>
 *   <li>CVSS v2 (NVD's bands; the v2 specification defines none): Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0. There
 *       is no Critical and no None band: a v2 9.3 is High, a v2 0.0 is Low.
 *   <li>CVSS v3.0, v3.1 and v4.0 (the specifications' qualitative rating scale): None 0.0, Low 0.1–3.9,
 *       Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0.
 * </ul>
 */
public final class CvssBands {
    private CvssBands() {}

    /**
     * @param version the major version of the CVSS method: {@code 2}, {@code 3} or {@code 4}
     * @param score   a base score 0–10
     * @return the band the score falls in under that version
     * @throws IllegalArgumentException for any other version
     */
    public static Severity severity(final int version, final double score) {
        return switch (version) {
            case 2 -> v2(score);
            case 3, 4 -> v3(score);
            default -> throw new IllegalArgumentException("CVSS v" + version + " has no severity bands here");
        };
    }

    private static Severity v2(final double score) {
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        return score >= 4.0 ? Severity.MEDIUM : Severity.LOW;
    }

    private static Severity v3(final double score) {
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        if (score >= 4.0) {
            return Severity.MEDIUM;
        }
        return score > 0 ? Severity.LOW : Severity.NONE;
    }
}
