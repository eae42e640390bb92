package io.trace62304.archive;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to archive.
 *
 * @param baseline   the sealed baseline of the release
 * @param outputs    the directory of the gate's outputs (report.html, findings.json, …); by default the baseline's
 * @param signatures the baseline's signatures file, if any; by default {@code signatures.json} beside it
 * @param approvals  the baseline's approvals file, if any; by default {@code approvals.json} beside it
 * @param workspace  where the input paths the baseline records resolve (the build's workspace)
 */
public record ArchiveRequest(
        Path baseline, Optional<Path> outputs, Optional<Path> signatures, Optional<Path> approvals, Path workspace) {
    public static final String SIGNATURES = "signatures.json";
    public static final String APPROVALS = "approvals.json";

    public ArchiveRequest {
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(outputs);
        Objects.requireNonNull(signatures);
        Objects.requireNonNull(approvals);
        Objects.requireNonNull(workspace);
    }

    Path outputDirectory() {
        return outputs.orElseGet(() -> baseline.toAbsolutePath().getParent());
    }

    Optional<Path> signaturesFile() {
        return signatures.or(() -> beside(SIGNATURES));
    }

    Optional<Path> approvalsFile() {
        return approvals.or(() -> beside(APPROVALS));
    }

    private Optional<Path> beside(final String name) {
        Path file = baseline.toAbsolutePath().resolveSibling(name);
        return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
