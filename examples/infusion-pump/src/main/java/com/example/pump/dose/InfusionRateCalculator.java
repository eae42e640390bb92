package com.example.pump.dose;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Software item PUMP-1 (Class C): computes the pump rate in mL/h from a prescribed volume and duration, and
 * enforces the drug library's hard limit (risk control PUMP-11 against over-infusion, hazard PUMP-10).
 */
public final class InfusionRateCalculator {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final BigDecimal maximumRate;

    /** @param maximumRate the drug library's hard limit in mL/h */
    public InfusionRateCalculator(final BigDecimal maximumRate) {
        if (maximumRate.signum() <= 0) {
            throw new IllegalArgumentException("the maximum rate must be positive");
        }
        this.maximumRate = maximumRate;
    }

    /**
     * @param volume  prescribed volume in mL
     * @param minutes infusion duration in minutes
     * @return the rate in mL/h, rounded down to 0.1 mL/h
     * @throws RateLimitException if the rate would exceed the hard limit (never silently capped)
     */
    public BigDecimal rate(final BigDecimal volume, final int minutes) {
        if (volume.signum() <= 0) {
            throw new IllegalArgumentException("the volume must be positive");
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        BigDecimal rate = volume.multiply(MINUTES_PER_HOUR).divide(BigDecimal.valueOf(minutes), 1, RoundingMode.DOWN);
        if (rate.compareTo(maximumRate) > 0) {
            throw new RateLimitException(rate, maximumRate);
        }
        return rate;
    }
}
