package io.trace62304.ingest;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a report's format from its first bytes, the way a person would: root element or top-level keys. */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 16 * 1024;
    private static final Pattern PROLOG =
            Pattern.compile("\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("\\A<(?:[\\w.-]+:)?([\\w.-]+)");

    private final ReportLimits limits;

    public FormatDetector() {
        this(ReportLimits.DEFAULT);
    }

    /** @param limits the caps a file must respect before it is even sniffed */
    public FormatDetector(final ReportLimits limits) {
        this.limits = limits;
    }

    /**
     * What a file holds.
     *
     * @param format the report format
     * @param json   {@code true} for a JSON document, {@code false} for XML
     */
    public record Detected(ReportFormat format, boolean json) {}

    /**
     * @param file a report
     * @return its format
     * @throws ReportException if it cannot be read or is of no format we know
     */
    public Detected detect(final Path file) throws ReportException {
        String head = decode(readHead(file));
        String text = head.strip();
        if (text.isEmpty()) {
            throw new ReportException(file, "the file is empty or only white space");
        }
        if (text.charAt(0) == '{' || text.charAt(0) == '[') {
            return detectJson(file, text);
        }
        return detectXml(file, text);
    }

    private static Detected detectJson(final Path file, final String text) throws ReportException {
        if (text.contains("\"bomFormat\"")) {
            return new Detected(ReportFormat.CYCLONEDX, true);
        }
        if (text.contains("\"reportSchema\"") || text.contains("\"scanInfo\"")) {
            return new Detected(ReportFormat.DEPENDENCY_CHECK, true);
        }
        throw new ReportException(
                file,
                "a JSON document of no known report format (expected a CycloneDX SBOM "
                        + "with 'bomFormat' or a Dependency-Check report with 'scanInfo')");
    }

    private static Detected detectXml(final Path file, final String text) throws ReportException {
        Matcher prolog = PROLOG.matcher(text);
        String rest = prolog.lookingAt() ? text.substring(prolog.end()) : text;
        Matcher root = ROOT.matcher(rest);
        if (!root.find()) {
            throw new ReportException(
                    file, "neither XML nor JSON: the file does not start with a root element " + "or an object");
        }
        return switch (root.group(1)) {
            case "testsuites", "testsuite" -> new Detected(ReportFormat.JUNIT, false);
            case "analysis" -> new Detected(ReportFormat.DEPENDENCY_CHECK, false);
            case "bom" -> new Detected(ReportFormat.CYCLONEDX, false);
            case "report" -> new Detected(ReportFormat.JACOCO, false);
            default ->
                throw new ReportException(
                        file,
                        "an XML document of no known report format: root element <" + root.group(1)
                                + "> (expected <testsuites>, <testsuite>, <analysis>, <bom> or <report>)");
        };
    }

    private byte[] readHead(final Path file) throws ReportException {
        limits.checkFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Decodes the head by its byte-order mark; without one as UTF-8 (ASCII-compatible encodings agree on markup). */
    private static String decode(final byte[] head) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
            skip = head[0] == 0 ? 0 : 2;
        } else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            skip = head[0] == '<' ? 0 : 2;
        }
        return new String(head, skip, head.length - skip, charset);
    }

    private static boolean startsWith(final byte[] bytes, final int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
