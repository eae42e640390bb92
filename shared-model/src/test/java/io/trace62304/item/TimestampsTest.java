package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Jira's rendered date-times become one UTC text, whatever the reader's offset; other text is left alone. */
class TimestampsTest {
    @Test
    void shouldReadJirasFormsAsOneInstant() {
        assertThat(Timestamps.normalize("2026-11-01T11:00:00.000+0100")).isEqualTo("2026-11-01T10:00:00.000Z");
        assertThat(Timestamps.normalize("2026-11-01T05:00:00.000-0500")).isEqualTo("2026-11-01T10:00:00.000Z");
        assertThat(Timestamps.normalize("2026-11-01T11:00:00+01:00")).isEqualTo("2026-11-01T10:00:00.000Z");
        assertThat(Timestamps.normalize("2026-11-01T10:00Z")).isEqualTo("2026-11-01T10:00:00.000Z");
        assertThat(Timestamps.normalize("2026-11-01T10:00:00.123456Z")).isEqualTo("2026-11-01T10:00:00.123Z");
    }

    @Test
    void shouldLeaveWhatIsNotADateTimeWithAnOffset() {
        assertThat(Timestamps.parse("2026-11-01")).isEmpty();
        assertThat(Timestamps.parse("2026-11-01T10:00:00")).isEmpty();
        assertThat(Timestamps.parse("yesterday")).isEmpty();
        assertThat(Timestamps.parse("")).isEmpty();
        assertThat(Timestamps.normalize("2026-11-01")).isEqualTo("2026-11-01");
    }

    @Test
    void shouldShowLocalTimeWithItsOffset() {
        Instant instant = Instant.parse("2026-07-01T10:00:00Z");

        assertThat(Timestamps.local(instant, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-07-01 12:00:00 +02:00");
        assertThat(Timestamps.utc(instant)).isEqualTo("2026-07-01T10:00:00.000Z");
    }
}
