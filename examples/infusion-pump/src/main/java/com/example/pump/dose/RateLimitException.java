package com.example.pump.dose;

import java.math.BigDecimal;

/** The prescribed infusion would exceed the drug library's hard limit; the pump must not start. */
public final class RateLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RateLimitException(final BigDecimal rate, final BigDecimal limit) {
        super("rate " + rate + " mL/h exceeds the hard limit of " + limit + " mL/h");
    }
}
