package io.trace62304.archive;

import io.trace62304.report.ReportException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A release archive opened for reading: a directory or a ZIP file. It lists the regular files it holds under safe
 * names; anything else (a symbolic link, a device, an unsafe or duplicate name) is listed as a problem, not read.
 */
interface ArchiveSource extends Closeable {
    /** At most this many entries are looked at: an archive that holds more is not ours. */
    int MAX_ENTRIES = 10_000;

    /** The archive's regular files by path, with their sizes. */
    Map<String, Long> files();

    /** What the archive holds that a release archive must not. */
    List<String> problems();

    /** The bytes of one of {@link #files()}. */
    InputStream open(String path) throws IOException;

    static ArchiveSource open(final Path archive) throws ReportException {
        if (Files.isDirectory(archive, LinkOption.NOFOLLOW_LINKS)) {
            return DirectoryArchive.open(archive);
        }
        if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
            return ZipArchive.open(archive);
        }
        throw new ReportException(
                archive, Files.exists(archive) ? "not a directory or a regular (ZIP) file" : "no such archive");
    }
}
