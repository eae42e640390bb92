package io.trace62304.vuln;

import java.math.BigDecimal;
import java.util.Optional;
import us.springett.cvss.Cvss;

/** CVSS base scores from vector strings (v2, v3.x and v4.0), computed by Steve Springett's cvss-calculator. */
final class CvssScore {
    private CvssScore() {}

    /**
     * @param vector e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
     * @return its base score, or empty when the vector cannot be read
     */
    static Optional<Double> of(final String vector) {
        try {
            Cvss cvss = Cvss.fromVector(vector.strip());
            return cvss == null
                    ? Optional.empty()
                    : Optional.of(cvss.calculateScore().getBaseScore());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return the score as written in outputs: {@code 9.8}, {@code 10} */
    static String text(final double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
