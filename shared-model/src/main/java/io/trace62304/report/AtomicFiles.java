package io.trace62304.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file to a fresh temporary name beside it and moves it into place, so no reader sees half a file. The
 * temporary file is created exclusively ({@code CREATE_NEW}, i.e. {@code O_CREAT|O_EXCL}, which fails on any
 * existing name and never follows a symbolic link) under an unpredictable name, and a target that is a symbolic link
 * is refused: a link planted beside an output can never make a write land outside it (issue 17, point 7).
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 8;

    private AtomicFiles() {}

    public static Path write(final Path file, final byte[] bytes) throws IOException {
        return write(file, out -> out.write(bytes));
    }

    /**
     * @param file    where the file goes; it must not be a symbolic link
     * @param content what it holds, streamed
     * @return the file
     * @throws IOException naming the file if it is a symbolic link or cannot be written
     */
    public static Path write(final Path file, final Content content) throws IOException {
        refuseLink(file, "the output file");
        for (int attempt = 1; ; attempt++) {
            Path temporary = file.resolveSibling("." + file.getFileName() + "." + random() + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt < ATTEMPTS) {
                    continue;
                }
                throw e;
            }
            try {
                try (OutputStream out = Channels.newOutputStream(channel)) {
                    content.writeTo(out);
                }
                return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                channel.close();
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Refuses a path that is a symbolic link, naming it and {@code what} it is. */
    static void refuseLink(final Path path, final String what) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new IOException(path + ": " + what + " is a symbolic link; refusing to write through it"
                    + " (remove the link, or write to a real directory)");
        }
    }

    private static String random() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** What a file holds, written to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
