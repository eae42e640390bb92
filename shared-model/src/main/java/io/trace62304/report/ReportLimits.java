package io.trace62304.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Caps that keep a hostile or runaway report from exhausting memory. The defaults fit every real report
 * we have seen with a wide margin; a caller may tighten or widen them.
 *
 * @param maxFileBytes      largest file accepted at all
 * @param maxDepth          deepest element (XML) or value (JSON) nesting
 * @param maxTextChars      longest single text node or attribute accepted by the reader
 * @param maxCapturedChars  how much of a text (message, stack trace, system-out) is kept in the record
 */
public record ReportLimits(long maxFileBytes, int maxDepth, int maxTextChars, int maxCapturedChars) {
    /** 1 GiB files, depth 200, 64 MiB text nodes, 8 KiB kept per captured text. */
    public static final ReportLimits DEFAULT = new ReportLimits(1L << 30, 200, 64 << 20, 8 << 10);

    /** Keys, certificates, tokens and passwords: 1 MiB files. */
    public static final ReportLimits KEYS = new ReportLimits(1L << 20, 200, 1 << 20, 8 << 10);

    public ReportLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxTextChars <= 0 || maxCapturedChars <= 0) {
            throw new IllegalArgumentException("every report limit must be positive");
        }
    }

    /**
     * Checks that a report file exists, is a regular file, is not empty and is within {@link #maxFileBytes()},
     * from its attributes alone: nothing is opened, so a FIFO, a device ({@code /dev/zero}, {@code /dev/random}), a
     * socket or a directory is refused at once, and an oversized (even sparse) file before a byte is read or hashed.
     * A symbolic link to a regular file is read as that file.
     *
     * @param file the report
     * @return its size in bytes
     * @throws ReportException naming the file and what is wrong with it
     */
    public long checkFile(final Path file) throws ReportException {
        long size = checkRegularFile(file);
        if (size == 0) {
            throw new ReportException(file, "the file is empty");
        }
        return size;
    }

    /**
     * {@link #checkFile(Path)} for a file that may be empty (a mapping file with no line).
     *
     * @param file the file
     * @return its size in bytes
     * @throws ReportException naming the file and what is wrong with it
     */
    public long checkRegularFile(final Path file) throws ReportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ReportException(file, "no such file", e);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
        if (attributes.isDirectory()) {
            throw new ReportException(file, "is a directory, not a report file");
        }
        if (!attributes.isRegularFile()) {
            throw new ReportException(
                    file, "is not a regular file (a FIFO, a device, a socket): refused without reading it");
        }
        long size = attributes.size();
        if (size > maxFileBytes) {
            throw new ReportException(file, "the file has " + size + " bytes, more than the limit of " + maxFileBytes);
        }
        return size;
    }

    /**
     * Reads a small file (a token, a password) after {@link #checkFile(Path)}.
     *
     * @throws ReportException naming the file and what is wrong with it
     */
    public byte[] readFile(final Path file) throws ReportException {
        checkFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
