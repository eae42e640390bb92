package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyClassTest {
    @ParameterizedTest
    @CsvSource({"A, A", "b, B", "Class C, C", "C - death or serious injury, C", "' c ', C"})
    void shouldParseTheWaysTeamsWriteAClass(final String text, final SafetyClass expected) {
        assertThat(SafetyClass.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D", "Critical", "AB", "Class"})
    void shouldNotGuessAClass(final String text) {
        assertThat(SafetyClass.parse(text)).isEmpty();
    }

    @Test
    void shouldOrderClassesByRisk() {
        assertThat(SafetyClass.A.max(SafetyClass.C)).isEqualTo(SafetyClass.C);
        assertThat(SafetyClass.B.max(SafetyClass.A)).isEqualTo(SafetyClass.B);
        assertThat(SafetyClass.B.isAtLeast(SafetyClass.B)).isTrue();
        assertThat(SafetyClass.A.isAtLeast(SafetyClass.B)).isFalse();
    }
}
