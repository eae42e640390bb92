package io.trace62304.archive;

import java.util.regex.Pattern;

/**
 * The names a release archive may hold: relative, {@code /}-separated, of plain characters, with no empty, {@code .}
 * or {@code ..} segment. A name from a hostile archive ("zip slip") can therefore never leave the archive's root.
 */
final class ArchivePaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    static final int MAX_DEPTH = 4;

    private ArchivePaths() {}

    /** Whether {@code path} is a name an archive may hold. */
    static boolean isSafe(final String path) {
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return false;
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    static String check(final String path) {
        if (path == null || !isSafe(path)) {
            throw new IllegalArgumentException("not a safe archive path: " + path);
        }
        return path;
    }

    /** A file name made safe for an archive: unsafe runs become {@code _}; never empty. */
    static String safeName(final String fileName) {
        String safe = UNSAFE.matcher(fileName).replaceAll("_").replaceAll("^[._-]+", "");
        if (safe.isEmpty()) {
            return "file";
        }
        return safe.length() > 150 ? safe.substring(safe.length() - 150) : safe;
    }
}
