package io.trace62304.report;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The one reader of ISO 8601 date-times as reports and Jira write them; shared by every timestamp parser. */
public final class IsoDateTimes {
    /**
     * {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} with an optional offset {@code Z}, {@code +01:00} or {@code +0100}
     * (Jira's REST form); without an offset it yields a local date-time.
     */
    public static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private IsoDateTimes() {}
}
