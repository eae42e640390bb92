package io.trace62304.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvssBandsTest {

    /** CVSS v3.1 specification §5 and CVSS v4.0 specification §6: the same qualitative rating scale. */
    @ParameterizedTest(name = "v3/v4 {0} is {1}")
    @CsvSource({
        "0.0, NONE",
        "0.1, LOW",
        "3.9, LOW",
        "4.0, MEDIUM",
        "6.9, MEDIUM",
        "7.0, HIGH",
        "8.9, HIGH",
        "9.0, CRITICAL",
        "9.3, CRITICAL",
        "10.0, CRITICAL"
    })
    void shouldBandV3AndV4ScoresOnTheirRatingScale(final double score, final Severity expected) {
        assertThat(CvssBands.severity(3, score)).isEqualTo(expected);
        assertThat(CvssBands.severity(4, score)).isEqualTo(expected);
    }

    /** NVD's v2 bands: Low, Medium, High only, so a v2 9.3 is High and a v2 0.0 is Low. */
    @ParameterizedTest(name = "v2 {0} is {1}")
    @CsvSource({
        "0.0, LOW",
        "0.1, LOW",
        "3.9, LOW",
        "4.0, MEDIUM",
        "6.9, MEDIUM",
        "7.0, HIGH",
        "8.9, HIGH",
        "9.0, HIGH",
        "9.3, HIGH",
        "10.0, HIGH"
    })
    void shouldBandV2ScoresWithoutCriticalOrNone(final double score, final Severity expected) {
        assertThat(CvssBands.severity(2, score)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void shouldRefuseAVersionWithoutBands(final int version) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CvssBands.severity(version, 5.0))
                .withMessageContaining("CVSS v" + version);
    }
}
