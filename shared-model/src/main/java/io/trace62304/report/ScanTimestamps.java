package io.trace62304.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the timestamps vulnerability scanners write about their own data: ISO 8601 with {@code Z}, an offset
 * ({@code +02:00} or {@code +0200}) or none (read as UTC, as Dependency-Check writes its {@code dataSource}
 * timestamps), Dependency-Check's older {@code dd/MM/yyyy HH:mm:ss}, and epoch milliseconds.
 */
public final class ScanTimestamps {
    private static final DateTimeFormatter ISO = IsoDateTimes.FLEXIBLE;

    private static final List<DateTimeFormatter> LOCAL =
            List.of(ISO, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT));

    private ScanTimestamps() {}

    /** The instant the text names, or empty when it is none of the forms above. */
    public static Optional<Instant> parse(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("\\d{10,13}")) {
            long number = Long.parseLong(value);
            return Optional.of(value.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number));
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, ISO).toInstant());
        } catch (DateTimeParseException e) {
            // no offset: try the local forms below
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return Optional.empty();
    }
}
