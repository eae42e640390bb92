package io.trace62304.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output directory ({@code --out}) held by one run: its outputs are the result of exactly that run.
 *
 * <ul>
 *   <li>The directory is locked ({@link FileChannel#tryLock()} on {@value #LOCK}) from {@link #lock} until
 *       {@link #close}; a second run on the same directory, in this process or another, fails at once with a clear
 *       message instead of mixing its files with the first one's.
 *   <li>The directory must not be a symbolic link, nor may any output file in it: a link planted in {@code --out}
 *       can never make a run write outside it.
 *   <li>Each file is written by {@link AtomicFiles}: a fresh temporary name created exclusively in the directory
 *       itself, then renamed into place atomically, so no reader sees half a file.
 * </ul>
 */
public final class OutputDirectory implements Closeable {
    /** The lock file kept in every output directory. */
    public static final String LOCK = ".trace62304.lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputDirectory(final Path directory, final FileChannel channel, final FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and locks it for this run.
     *
     * @param directory the output directory
     * @return the held directory; close it when the run is over
     * @throws IOException naming the directory if it is a symbolic link or not a directory, if another run holds
     *                     it, or if it cannot be created
     */
    public static OutputDirectory lock(final Path directory) throws IOException {
        AtomicFiles.refuseLink(directory, "the output directory");
        Files.createDirectories(directory);
        BasicFileAttributes attributes =
                Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            throw new IOException(directory + ": the output directory is not a directory");
        }
        Path lockFile = directory.resolve(LOCK);
        AtomicFiles.refuseLink(lockFile, "the lock file");
        FileChannel channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this process
        } catch (IOException e) {
            channel.close();
            throw new IOException(directory + ": cannot lock the output directory: " + e.getMessage(), e);
        }
        if (lock == null) {
            channel.close();
            throw new IOException(directory + ": another trace62304 run is writing this output directory (it holds "
                    + lockFile.getFileName() + "); wait until it has finished, or give each run its own --out");
        }
        return new OutputDirectory(directory, channel, lock);
    }

    public Path path() {
        return directory;
    }

    /** Writes one output file (or one below a subdirectory, e.g. {@code inputs/policy.yaml}). */
    public Path write(final String name, final byte[] bytes) throws IOException {
        return write(name, out -> out.write(bytes));
    }

    /** Streams one output file to a temporary name and moves it into place ({@link AtomicFiles}). */
    public Path write(final String name, final AtomicFiles.Content content) throws IOException {
        Path file = resolve(name);
        AtomicFiles.refuseLink(file.getParent(), "an output directory");
        Files.createDirectories(file.getParent());
        AtomicFiles.refuseLink(file.getParent(), "an output directory");
        return AtomicFiles.write(file, content);
    }

    /** Removes an output file a previous run left that this run does not write; a link is removed, not followed. */
    public void delete(final String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private Path resolve(final String name) throws IOException {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory.normalize()) || file.equals(directory.normalize())) {
            throw new IOException(directory + ": '" + name + "' is not a file in the output directory");
        }
        return file;
    }
}
