package com.example.pump.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.trace62304.junit5.Verifies;

@Verifies("PUMP-20")
class InfusionRateCalculatorTest {
    private final InfusionRateCalculator calculator = new InfusionRateCalculator(new BigDecimal("500"));

    @ParameterizedTest
    @CsvSource({"100, 60, 100.0", "250, 30, 500.0", "1, 7, 8.5"})
    void shouldComputeTheRateInMillilitresPerHour(final String volume, final int minutes, final String expected) {
        assertEquals(new BigDecimal(expected), calculator.rate(new BigDecimal(volume), minutes));
    }

    @Test
    @Verifies({"PUMP-11", "PUMP-21"})
    void shouldRefuseARateAboveTheHardLimit() {
        assertThrows(RateLimitException.class, () -> calculator.rate(new BigDecimal("501"), 60));
    }

    @Test
    @Verifies("PUMP-22")
    void shouldRefuseNonPositiveVolumeAndDuration() {
        assertThrows(IllegalArgumentException.class, () -> calculator.rate(BigDecimal.ZERO, 60));
        assertThrows(IllegalArgumentException.class, () -> calculator.rate(BigDecimal.ONE, 0));
    }

    @Test
    void shouldRefuseANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new InfusionRateCalculator(BigDecimal.ZERO));
    }

    @Test
    @Verifies("PUMP-50")
    void shouldRoundDownSoTheRateNeverExceedsThePrescription() {
        assertEquals(new BigDecimal("14.2"), calculator.rate(new BigDecimal("1.66"), 7));
    }
}
