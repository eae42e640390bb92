package io.trace62304.cli;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Token and password files: regular files of at most 1 MiB ({@link ReportLimits#KEYS}), read as UTF-8, stripped. */
final class SmallFiles {
    private SmallFiles() {}

    static String text(final Path file) throws IOException {
        try {
            return new String(ReportLimits.KEYS.readFile(file), StandardCharsets.UTF_8).strip();
        } catch (ReportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
