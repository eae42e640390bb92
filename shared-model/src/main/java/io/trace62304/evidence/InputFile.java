package io.trace62304.evidence;

import java.util.Objects;

/**
 * One input of a gate run: a report (by format id), the item source or a mapping file. {@code problem} is empty
 * when the input was read completely, otherwise it says why it could not be (file, line, reason).
 */
public record InputFile(String path, String kind, String sha256, String problem) {
    public InputFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(problem);
    }

    public boolean isReadable() {
        return problem.isEmpty();
    }
}
