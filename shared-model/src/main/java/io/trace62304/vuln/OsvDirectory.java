package io.trace62304.vuln;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads OSV records from files and directories: a directory is read recursively, every {@code *.json} file in
 * it being one record (the layout of OSV's per-ecosystem {@code all.zip} exports once unpacked). Files are read in
 * parallel; any unreadable record makes the whole load fail, since a silently missing record would under-report.
 */
public final class OsvDirectory {
    private final OsvParser parser;

    public OsvDirectory(final ReportLimits limits) {
        this.parser = new OsvParser(limits);
    }

    /**
     * @param paths OSV files or directories
     * @return their records, indexed by package
     * @throws ReportException naming the first unreadable file, or a path that does not exist
     */
    public AdvisoryIndex load(final List<Path> paths) throws ReportException {
        List<Path> files = files(paths);
        List<List<Advisory>> parsed;
        try {
            parsed = files.parallelStream().map(this::parseUnchecked).toList();
        } catch (Unreadable e) {
            throw e.cause;
        }
        AdvisoryIndex index = new AdvisoryIndex();
        parsed.forEach(list -> list.forEach(index::add));
        return index;
    }

    private List<Path> files(final List<Path> paths) throws ReportException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> !Files.isDirectory(p)) // a FIFO or device named *.json is reported by the parser
                            .filter(p -> p.getFileName().toString().endsWith(".json"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new ReportException(path, "cannot list the OSV directory: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.exists(path)) {
                ReportLimits.DEFAULT.checkFile(path); // a FIFO, a device: refused, naming it
            } else {
                throw new ReportException(path, "no such OSV file or directory", null);
            }
        }
        return files;
    }

    private List<Advisory> parseUnchecked(final Path file) {
        try {
            return parser.parse(file);
        } catch (ReportException e) {
            throw new Unreadable(e);
        }
    }

    /** Carries a parse error out of the parallel stream. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReportException cause;

        Unreadable(final ReportException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
