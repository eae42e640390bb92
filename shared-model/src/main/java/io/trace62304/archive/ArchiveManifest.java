package io.trace62304.archive;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The table of contents of a release archive ({@value #FILE}, schema {@value #SCHEMA}): the digest of the baseline
 * it archives, every file with its SHA-256 and size, and the inputs the baseline records that could not be archived
 * (with why). With {@value #SIGNATURE} beside it, the manifest is signed, so that editing any file and the manifest
 * together is detected as well.
 */
public record ArchiveManifest(String baselineDigest, List<ArchiveEntry> entries, List<Omitted> omitted) {
    public static final String SCHEMA = "trace62304-archive/1";
    public static final String FILE = "archive-manifest.json";
    public static final String SIGNATURE = "archive-manifest.p7s";

    /** An input the baseline records that is not in the archive, and why. */
    public record Omitted(String recordedAs, String reason) {
        public Omitted {
            Objects.requireNonNull(recordedAs);
            Objects.requireNonNull(reason);
        }
    }

    public ArchiveManifest {
        Objects.requireNonNull(baselineDigest);
        entries = List.copyOf(entries);
        omitted = List.copyOf(omitted);
        Set<String> paths = new HashSet<>();
        for (ArchiveEntry entry : entries) {
            if (!paths.add(entry.path())
                    || entry.path().equals(FILE)
                    || entry.path().equals(SIGNATURE)) {
                throw new IllegalArgumentException("the manifest names " + entry.path() + " twice");
            }
        }
        if (entries.stream().filter(e -> e.role() == ArchiveEntry.Role.BASELINE).count() != 1) {
            throw new IllegalArgumentException("an archive holds exactly one baseline");
        }
    }

    public ArchiveEntry baseline() {
        return entries.stream()
                .filter(e -> e.role() == ArchiveEntry.Role.BASELINE)
                .findFirst()
                .orElseThrow();
    }

    public Optional<ArchiveEntry> first(final ArchiveEntry.Role role) {
        return entries.stream().filter(e -> e.role() == role).findFirst();
    }

    public Optional<ArchiveEntry> entry(final String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
