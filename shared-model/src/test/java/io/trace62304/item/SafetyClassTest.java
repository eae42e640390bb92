package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyClassTest {
    @ParameterizedTest
    @CsvSource({
        "A, A",
        "b, B",
        "Class C, C",
        "C - death or serious injury, C",
        "' c ', C",
        "A - cannot contribute to a hazardous situation, A"
    })
    void shouldParseTheWaysTeamsWriteAClass(final String text, final SafetyClass expected) {
        assertThat(SafetyClass.parse(text)).contains(expected);
        assertThat(SafetyClass.highest(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D", "Critical", "AB", "Class", "Level C", "BC"})
    void shouldNotGuessAClass(final String text) {
        assertThat(SafetyClass.parse(text)).isEmpty();
        assertThat(SafetyClass.named(text)).isEmpty();
    }

    /** 4.3: an ambiguous class never reads as the lower one; "B/C" is not B. */
    @ParameterizedTest
    @CsvSource({
        "B/C, C",
        "C/B, C",
        "B-C, C",
        "B or C, C",
        "'Class B, Class C', C",
        "'A, B', B",
        "B - C, C",
        "'[\"A\",\"C\"]', C",
        "A to C, C"
    })
    void shouldReadAValueNamingSeveralClassesAsTheHighest(final String text, final SafetyClass expected) {
        assertThat(SafetyClass.named(text)).hasSizeGreaterThan(1);
        assertThat(SafetyClass.highest(text)).contains(expected);
        assertThat(SafetyClass.parse(text)).as("exactly one class").isEmpty();
    }

    @Test
    void shouldOrderClassesByRisk() {
        assertThat(SafetyClass.A.max(SafetyClass.C)).isEqualTo(SafetyClass.C);
        assertThat(SafetyClass.B.max(SafetyClass.A)).isEqualTo(SafetyClass.B);
        assertThat(SafetyClass.B.isAtLeast(SafetyClass.B)).isTrue();
        assertThat(SafetyClass.A.isAtLeast(SafetyClass.B)).isFalse();
    }
}
