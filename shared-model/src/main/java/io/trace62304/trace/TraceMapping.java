package io.trace62304.trace;

import io.trace62304.item.IssueKeys;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A mapping file for legacy suites: each line reads {@code KEY[, KEY…]: test-id-glob}, where the glob matches
 * test ids ({@code class.name}) with {@code *} (any run of characters) and {@code ?} (one character). Blank
 * lines and lines starting with {@code #} are ignored. The {@code @Verifies} JUnit 5 extension writes files of
 * this form.
 */
public final class TraceMapping {

    private final List<Entry> entries;

    private TraceMapping(final List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static TraceMapping empty() {
        return new TraceMapping(List.of());
    }

    /** Reads one mapping file; a malformed line is an error naming file and line. */
    public static TraceMapping read(final Path file) throws ReportException {
        try {
            ReportLimits.DEFAULT.checkRegularFile(file); // a FIFO or a device would never end
        } catch (ReportException e) {
            throw new ReportException(file, "cannot read the mapping file: " + e.reason(), e);
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    entries.add(parse(file, number, text));
                }
            }
        } catch (MalformedInputException e) {
            throw new ReportException(file, "a mapping file is UTF-8 text", e);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the mapping file: " + e.getMessage(), e);
        }
        return new TraceMapping(entries);
    }

    /** This mapping followed by another. */
    public TraceMapping plus(final TraceMapping other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new TraceMapping(all);
    }

    /** The keys every matching line gives the test. */
    public Set<String> keysFor(final String testId) {
        Set<String> keys = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.glob().matcher(testId).matches()) {
                keys.addAll(entry.keys());
            }
        }
        return keys;
    }

    private static Entry parse(final Path file, final int number, final String text) throws ReportException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new ReportException(file.toString(), number, 0, "expected 'KEY[, KEY…]: test-id-glob'", null);
        }
        List<String> keys = Arrays.stream(text.substring(0, colon).split("[,\\s]+"))
                .filter(k -> !k.isEmpty())
                .toList();
        String glob = text.substring(colon + 1).strip();
        for (String key : keys) {
            if (!IssueKeys.isKey(key)) {
                throw new ReportException(file.toString(), number, 1, "'" + key + "' is not an issue key", null);
            }
        }
        if (keys.isEmpty() || glob.isEmpty()) {
            throw new ReportException(file.toString(), number, colon + 1, "a line needs keys and a test-id glob", null);
        }
        return new Entry(keys, compile(glob));
    }

    private static Pattern compile(final String glob) {
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (i > literalStart) {
                    regex.append(Pattern.quote(glob.substring(literalStart, i)));
                }
                regex.append(c == '*' ? ".*" : ".");
                literalStart = i + 1;
            }
        }
        if (literalStart < glob.length()) {
            regex.append(Pattern.quote(glob.substring(literalStart)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private record Entry(List<String> keys, Pattern glob) {}
}
