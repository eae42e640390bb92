package io.trace62304.render;

import io.trace62304.audit.AuditTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Writes an audit trail as {@code audit.html}, {@code audit.json} and {@code audit.csv}. */
public final class AuditOutputs {
    private final ZoneId zone;

    /** HTML times in UTC. */
    public AuditOutputs() {
        this(ZoneOffset.UTC);
    }

    /** HTML times in this zone; JSON and CSV keep UTC. */
    public AuditOutputs(final ZoneId zone) {
        this.zone = zone;
    }

    public List<Path> write(final AuditTrail trail, final Path directory) throws IOException {
        Files.createDirectories(directory);
        return List.of(
                write(directory.resolve("audit.html"), new AuditHtml(zone).render(trail)),
                write(directory.resolve("audit.json"), new AuditJson().render(trail)),
                write(directory.resolve("audit.csv"), new AuditCsv().render(trail)));
    }

    private static Path write(final Path file, final String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
