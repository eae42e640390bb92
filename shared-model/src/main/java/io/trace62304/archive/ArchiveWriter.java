package io.trace62304.archive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files of an archive beside the target and moves the whole into place when complete, so that a
 * reader never sees half an archive and an existing archive is never overwritten (a release record is written
 * once). A target ending in {@code .zip} is a ZIP file with fixed entry times, so the same record gives the same
 * bytes; any other target is a directory.
 */
abstract class ArchiveWriter implements AutoCloseable {
    /** Entry time in a ZIP archive: fixed, so that the archive's bytes depend only on its content. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    static ArchiveWriter to(final Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a release archive is written once");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        boolean zip = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        return zip ? new Zip(target, parent) : new Directory(target, parent);
    }

    abstract void add(String path, Path source) throws IOException;

    abstract void add(String path, byte[] bytes) throws IOException;

    /** Moves the complete archive into place. */
    abstract void commit() throws IOException;

    /** Removes what an archive that was not committed left behind. */
    @Override
    public abstract void close() throws IOException;

    private static final class Directory extends ArchiveWriter {
        private final Path target;
        private final Path staging;
        private boolean committed;

        Directory(final Path target, final Path parent) throws IOException {
            this.target = target;
            this.staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        }

        @Override
        void add(final String path, final Path source) throws IOException {
            Files.copy(source, place(path));
        }

        @Override
        void add(final String path, final byte[] bytes) throws IOException {
            Files.write(place(path), bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        }

        private Path place(final String path) throws IOException {
            Path file = staging.resolve(ArchivePaths.check(path));
            Files.createDirectories(file.getParent());
            return file;
        }

        @Override
        void commit() throws IOException {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try (Stream<Path> files = Files.walk(staging)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static final class Zip extends ArchiveWriter {
        private final Path target;
        private final Path staging;
        private final ZipOutputStream out;
        private boolean committed;

        Zip(final Path target, final Path parent) throws IOException {
            this.target = target;
            this.staging = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
            this.out = new ZipOutputStream(Files.newOutputStream(staging));
        }

        @Override
        void add(final String path, final Path source) throws IOException {
            out.putNextEntry(entry(path));
            Files.copy(source, out);
            out.closeEntry();
        }

        @Override
        void add(final String path, final byte[] bytes) throws IOException {
            out.putNextEntry(entry(path));
            out.write(bytes);
            out.closeEntry();
        }

        private static ZipEntry entry(final String path) {
            ZipEntry entry = new ZipEntry(ArchivePaths.check(path));
            entry.setTimeLocal(ENTRY_TIME);
            return entry;
        }

        @Override
        void commit() throws IOException {
            out.close();
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            try {
                out.close(); // a second close after commit() does nothing
            } finally {
                if (!committed) {
                    Files.deleteIfExists(staging);
                }
            }
        }
    }
}
