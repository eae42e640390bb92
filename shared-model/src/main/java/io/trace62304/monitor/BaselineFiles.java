package io.trace62304.monitor;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands {@code --baseline FILE|DIR}: a file is taken as given; a directory (a release archive) is searched for
 * {@code baseline.json} and {@code *.baseline.json} files, in path order.
 */
public final class BaselineFiles {
    private BaselineFiles() {}

    /**
     * @param paths files and directories
     * @return the baseline files
     * @throws ReportException for a path that does not exist or a directory without any baseline
     */
    public static List<Path> expand(final List<Path> paths) throws ReportException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                List<Path> found = search(path);
                if (found.isEmpty()) {
                    throw new ReportException(
                            path, "the directory holds no baseline.json or *.baseline.json file", null);
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                ReportLimits.DEFAULT.checkFile(path); // a FIFO, a device: refused, naming it
            } else {
                throw new ReportException(path, "no such baseline file or directory", null);
            }
        }
        return files;
    }

    private static List<Path> search(final Path directory) throws ReportException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> !Files.isDirectory(p)) // a FIFO named baseline.json is reported when read
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return "baseline.json".equals(name) || name.endsWith(".baseline.json");
                    })
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException(directory, "cannot list the directory: " + e.getMessage(), e);
        }
    }
}
