package io.trace62304.archive;

import java.util.Objects;

/**
 * One file of a release archive.
 *
 * @param path       its path inside the archive ({@code /}-separated, relative)
 * @param role       what it is in the release record
 * @param sha256     the SHA-256 of its bytes, lower-case hex
 * @param size       its length in bytes
 * @param recordedAs for an input, the path the baseline records it under; otherwise empty
 */
public record ArchiveEntry(String path, Role role, String sha256, long size, String recordedAs) {
    /** What a file is in the release record. */
    public enum Role {
        BASELINE,
        SIGNATURES,
        APPROVALS,
        OUTPUT,
        INPUT
    }

    public ArchiveEntry {
        ArchivePaths.check(path);
        Objects.requireNonNull(role);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(recordedAs);
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path);
        }
    }
}
