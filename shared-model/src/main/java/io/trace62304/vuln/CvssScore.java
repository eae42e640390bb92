package io.trace62304.vuln;

import io.trace62304.report.CvssBands;
import io.trace62304.report.Severity;
import java.math.BigDecimal;
import java.util.Optional;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.CvssV4;

/**
 * A CVSS base score computed from a vector string (v2, v3.x and v4.0) by Steve Springett's cvss-calculator.
 *
 * @param version the major version of the CVSS method of the vector: {@code 2}, {@code 3} or {@code 4}
 * @param score   the base score 0–10
 */
record CvssScore(int version, double score) {

    /**
     * @param vector e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
     * @return its base score, or empty when the vector cannot be read
     */
    static Optional<CvssScore> of(final String vector) {
        try {
            Cvss cvss = Cvss.fromVector(vector.strip());
            return cvss == null
                    ? Optional.empty()
                    : Optional.of(
                            new CvssScore(version(cvss), cvss.calculateScore().getBaseScore()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int version(final Cvss cvss) {
        if (cvss instanceof CvssV2) {
            return 2;
        }
        return cvss instanceof CvssV4 ? 4 : 3;
    }

    /** @return the band of the score for its CVSS version */
    Severity severity() {
        return CvssBands.severity(version, score);
    }

    /** @return the score as written in outputs: {@code 9.8}, {@code 10} */
    String text() {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
