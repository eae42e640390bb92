package io.trace62304.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in lower-case hex, of files and of bytes. */
public final class Sha256 {
    private Sha256() {}

    public static String of(final byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The digest of a file's bytes, streamed. Only a regular file is read (a symbolic link to one is followed): a
     * FIFO or a device would never end, and is refused at once.
     */
    public static String of(final Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": "
                    + (Files.exists(file) ? "not a regular file (a FIFO, a device, a directory)" : "no such file")
                    + ", not hashed");
        }
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 digest, for streaming. */
    public static MessageDigest newDigest() {
        return digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
