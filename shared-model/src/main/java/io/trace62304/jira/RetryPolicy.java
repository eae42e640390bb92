package io.trace62304.jira;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How hard the client tries: per-request timeout, attempts, exponential backoff with jitter (×0.7–1.3), and a
 * bound on the total time spent waiting, after which it fails closed with a clear error.
 */
public record RetryPolicy(
        Duration requestTimeout,
        int maxAttempts,
        Duration baseDelay,
        Duration maxTotalWait,
        int maxInFlight,
        DoubleSupplier jitter) {
    /** 30 s per request, 4 attempts, 2 s × 2ⁿ backoff, at most 2 minutes of waiting, 5 calls in flight. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(
            Duration.ofSeconds(30),
            4,
            Duration.ofSeconds(2),
            Duration.ofMinutes(2),
            5,
            () -> ThreadLocalRandom.current().nextDouble(0.7, 1.3));

    public RetryPolicy {
        if (maxAttempts < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("at least one attempt and one call in flight");
        }
    }

    /** The backoff before attempt {@code attempt + 1} (attempt counts from 1). */
    Duration backoff(final int attempt) {
        double millis = baseDelay.toMillis() * Math.pow(2, attempt - 1) * jitter.getAsDouble();
        return Duration.ofMillis(Math.round(millis));
    }
}
