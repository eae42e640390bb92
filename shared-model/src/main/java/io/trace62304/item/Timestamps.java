package io.trace62304.item;

import io.trace62304.report.IsoDateTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Instants as the records keep them: Jira renders a date-time in the time zone of the user who reads it
 * ({@code 2026-11-01T10:00:00.000+0100} for one user, {@code 2026-11-01T04:00:00.000-0500} for another), so the
 * baseline and the audit trail keep the instant in UTC, ISO 8601 with {@code Z}, and only HTML shows local time.
 * The same instant read by two users is then the same record (IEC 62304 5.8.4, 8.3).
 */
public final class Timestamps {
    /** Jira's REST form, offset without a colon, fraction optional; also ISO 8601 with {@code +01:00} or {@code Z}. */
    private static final DateTimeFormatter READ = IsoDateTimes.FLEXIBLE;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT);

    private Timestamps() {}

    /** The instant a date-time with an offset names; empty for text that is not one (a date, a word, nothing). */
    public static Optional<Instant> parse(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), READ).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 2026-11-01T09:00:00.000Z}: fixed width, so text order is time order. */
    public static String utc(final Instant instant) {
        return UTC.format(instant);
    }

    /** The UTC form of a date-time with an offset; any other text unchanged. */
    public static String normalize(final String text) {
        return parse(text).map(Timestamps::utc).orElse(text);
    }

    /** For people: the instant in a time zone, e.g. {@code 2026-11-01 10:00:00 +01:00}. */
    public static String local(final Instant instant, final ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }
}
