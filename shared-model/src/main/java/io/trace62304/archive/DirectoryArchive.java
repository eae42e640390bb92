package io.trace62304.archive;

import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A release archive that is a directory; links are not followed. */
final class DirectoryArchive implements ArchiveSource {
    private final Path root;
    private final Map<String, Long> files;
    private final List<String> problems;

    private DirectoryArchive(final Path root, final Map<String, Long> files, final List<String> problems) {
        this.root = root;
        this.files = files;
        this.problems = problems;
    }

    static DirectoryArchive open(final Path root) throws ReportException {
        Map<String, Long> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attributes) {
                    return root.relativize(dir).getNameCount() > ArchivePaths.MAX_DEPTH
                            ? refuse(dir, "is nested too deep")
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes) {
                    String name = name(file);
                    if (files.size() + problems.size() >= MAX_ENTRIES) {
                        problems.add("the archive holds more than " + MAX_ENTRIES + " entries");
                        return FileVisitResult.TERMINATE;
                    }
                    if (attributes.isSymbolicLink()) {
                        return refuse(file, "is a symbolic link");
                    }
                    if (!attributes.isRegularFile()) {
                        return refuse(file, "is not a regular file");
                    }
                    if (!ArchivePaths.isSafe(name)) {
                        return refuse(file, "has a name a release archive does not use");
                    }
                    files.put(name, attributes.size());
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult refuse(final Path file, final String why) {
                    problems.add(name(file) + " " + why);
                    return FileVisitResult.CONTINUE;
                }

                private String name(final Path file) {
                    return root.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/");
                }
            });
        } catch (IOException e) {
            throw new ReportException(root, "cannot list the archive: " + e.getMessage(), e);
        }
        return new DirectoryArchive(root, files, problems);
    }

    @Override
    public Map<String, Long> files() {
        return files;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public InputStream open(final String path) throws IOException {
        return Files.newInputStream(root.resolve(ArchivePaths.check(path)), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
