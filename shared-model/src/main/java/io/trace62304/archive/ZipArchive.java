package io.trace62304.archive;

import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A release archive that is a ZIP file, read through its central directory. Names are checked before anything is
 * read, so an entry cannot point outside the archive; a duplicate name is a problem, not a choice.
 */
final class ZipArchive implements ArchiveSource {
    private final ZipFile zip;
    private final Map<String, Long> files;
    private final List<String> problems;

    private ZipArchive(final ZipFile zip, final Map<String, Long> files, final List<String> problems) {
        this.zip = zip;
        this.files = files;
        this.problems = problems;
    }

    static ZipArchive open(final Path file) throws ReportException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ReportException(file, "not a ZIP archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the archive: " + e.getMessage(), e);
        }
        Map<String, Long> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        int seen = 0;
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++seen > MAX_ENTRIES) {
                problems.add("the archive holds more than " + MAX_ENTRIES + " entries");
                break;
            }
            String name = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            if (!ArchivePaths.isSafe(name)) {
                problems.add("entry '" + name + "' has a name a release archive does not use");
            } else if (files.put(name, entry.getSize()) != null) {
                problems.add("entry " + name + " appears twice");
            }
        }
        return new ZipArchive(zip, files, problems);
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
        ZipEntry entry = zip.getEntry(ArchivePaths.check(path));
        if (entry == null) {
            throw new IOException("no entry " + path);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
