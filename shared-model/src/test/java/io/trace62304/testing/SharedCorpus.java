package io.trace62304.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-world corpus in {@code ../shared/fixtures}, read from there and never copied in. A plain clone
 * lacks it: tests then skip with a printed reason, except under CI (environment variable {@code CI} set),
 * where a missing corpus fails.
 */
public final class SharedCorpus {
    private SharedCorpus() {}

    /**
     * @param folder a corpus folder, e.g. {@code junit}
     * @return its files, sorted
     */
    public static List<Path> files(final String folder) {
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) {
            unavailable("no folder " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            if (all.isEmpty()) {
                unavailable("the folder " + dir + " is empty");
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param relative a file below the corpus root, e.g. {@code jira-openapi/…json}
     * @return its path
     */
    public static Path file(final String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            unavailable("no file " + file);
        }
        return file;
    }

    /** @return the corpus root, if this checkout has one beside it */
    public static Optional<Path> find() {
        String override = System.getenv("TRACE62304_SHARED_FIXTURES");
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("fixtures");
            if (dir.resolve("pom.xml").toFile().isFile() && Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    private static Path root() {
        return find().orElseGet(() -> {
            unavailable("no ../shared/fixtures beside this checkout");
            return Path.of("");
        });
    }

    private static void unavailable(final String reason) {
        String message = "real-world corpus unavailable: " + reason;
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI is set, so the corpus is required)");
        }
        System.out.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
