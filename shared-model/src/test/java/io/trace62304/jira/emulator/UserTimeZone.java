package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.item.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Jira renders every date-time in the time zone of the user who reads it, with a numeric offset
 * ({@code 2026-11-01T11:00:00.000+0100}): the REST descriptions' own examples carry {@code +0000} and
 * {@code +1000}, and {@code GET /myself} answers the user's {@code timeZone}. The emulator keeps instants and
 * renders them for its one user, whose zone a test sets, so two users reading one instant see two texts.
 */
final class UserTimeZone {
    private static final DateTimeFormatter JIRA =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private volatile ZoneId zone = ZoneOffset.UTC;

    void set(final ZoneId newZone) {
        this.zone = newZone;
    }

    ZoneId zone() {
        return zone;
    }

    /** A stored date-time as this user sees it; other text as it is. */
    String render(final String stored) {
        return Timestamps.parse(stored).map(this::render).orElse(stored);
    }

    String render(final Instant instant) {
        return JIRA.format(instant.atZone(zone));
    }

    /** A copy of a history entry or comment with its {@code created}/{@code updated} rendered for this user. */
    ObjectNode rendered(final ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        for (String field : new String[] {"created", "updated"}) {
            if (copy.path(field).isTextual()) {
                copy.put(field, render(copy.get(field).asText()));
            }
        }
        return copy;
    }
}
