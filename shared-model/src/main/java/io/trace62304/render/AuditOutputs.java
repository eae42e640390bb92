package io.trace62304.render;

import io.trace62304.audit.AuditTrail;
import io.trace62304.report.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Writes an audit trail as {@code audit.html}, {@code audit.json} and {@code audit.csv}. */
public final class AuditOutputs {
    private final ZoneId zone;
    private final Clock clock;

    /** HTML times in UTC, trends as of now. */
    public AuditOutputs() {
        this(ZoneOffset.UTC);
    }

    /** HTML times in this zone; JSON and CSV keep UTC. Trends as of now. */
    public AuditOutputs(final ZoneId zone) {
        this(zone, Clock.systemUTC());
    }

    /** HTML times in this zone; the trend analysis (9.6) as of the clock's instant, the export's time. */
    public AuditOutputs(final ZoneId zone, final Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** Writes the three files into a directory it locks for the time ({@link OutputDirectory}). */
    public List<Path> write(final AuditTrail trail, final Path directory) throws IOException {
        Clock now = Clock.fixed(clock.instant(), ZoneOffset.UTC); // one export time for both files
        try (OutputDirectory out = OutputDirectory.lock(directory)) {
            return List.of(
                    out.write("audit.html", utf8(new AuditHtml(zone, now).render(trail))),
                    out.write("audit.json", utf8(new AuditJson(now).render(trail))),
                    out.write("audit.csv", utf8(new AuditCsv().render(trail))));
        }
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
