package io.trace62304.report;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** How old data may be, as a policy or a command line writes it: an ISO 8601 duration or a number of days. */
public final class MaxAge {
    private MaxAge() {}

    /**
     * @param text an ISO 8601 duration ({@code P30D}, {@code PT12H}) or a number of days ({@code 7}, {@code 7d})
     * @return the duration; empty for an empty, negative or unreadable text
     */
    public static Optional<Duration> parse(final String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String iso = value.matches("(?i)\\d{1,6}d?") ? "P" + value.replaceAll("(?i)d$", "") + "D" : value;
        try {
            Duration duration = Duration.parse(iso.toUpperCase(Locale.ROOT));
            return duration.isNegative() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
