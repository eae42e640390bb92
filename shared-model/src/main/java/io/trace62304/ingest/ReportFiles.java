package io.trace62304.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the file arguments of a command: plain paths stay as they are, globs ({@code **}/{@code *}/{@code ?}) are matched. */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * One argument and what it named.
     *
     * @param pattern the argument
     * @param files   the files it names, sorted; a plain path is kept even if missing, and a match that is not a
     *                regular file (a FIFO, a device, a dangling link) is kept too: its reader reports it
     */
    public record Expansion(String pattern, List<Path> files) {
        public Expansion {
            files = List.copyOf(files);
        }
    }

    /**
     * @param pattern a path or a glob, relative to {@code base} unless absolute
     * @param base    the directory relative patterns start from
     * @return the files it names
     * @throws IOException if a directory cannot be walked
     */
    public static Expansion expand(final String pattern, final Path base) throws IOException {
        if (!isGlob(pattern)) {
            return new Expansion(pattern, List.of(base.resolve(pattern)));
        }
        String normalized = pattern.replace('\\', '/');
        int firstGlob = firstGlobChar(normalized);
        int lastSlash = normalized.lastIndexOf('/', firstGlob);
        Path root = base.resolve(lastSlash < 0 ? "." : normalized.substring(0, lastSlash + 1))
                .normalize();
        String rest = normalized.substring(lastSlash + 1);
        if (!Files.isDirectory(root)) {
            return new Expansion(pattern, List.of());
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !Files.isDirectory(path)) // a FIFO or a device is kept: its reader reports it
                    .filter(path -> matcher.matches(root.relativize(path)))
                    .sorted()
                    .forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Expansion(pattern, files);
    }

    private static boolean isGlob(final String pattern) {
        return firstGlobChar(pattern) < pattern.length();
    }

    private static int firstGlobChar(final String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return pattern.length();
    }
}
