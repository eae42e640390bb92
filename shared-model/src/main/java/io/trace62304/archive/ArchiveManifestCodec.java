package io.trace62304.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.baseline.CanonicalJson;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Writes and reads {@value ArchiveManifest#FILE} as canonical JSON; a manifest of another shape is refused. */
public final class ArchiveManifestCodec {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final ReportLimits LIMITS = new ReportLimits(16L << 20, 16, 1 << 20, 8 << 10);

    public byte[] bytes(final ArchiveManifest manifest) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", ArchiveManifest.SCHEMA);
        root.put("baselineDigest", manifest.baselineDigest());
        ArrayNode files = root.putArray("files");
        for (ArchiveEntry entry : manifest.entries()) {
            ObjectNode file = files.addObject()
                    .put("path", entry.path())
                    .put("role", entry.role().name().toLowerCase(Locale.ROOT))
                    .put("sha256", entry.sha256())
                    .put("size", entry.size());
            if (!entry.recordedAs().isEmpty()) {
                file.put("recordedAs", entry.recordedAs());
            }
        }
        ArrayNode omitted = root.putArray("notArchived");
        manifest.omitted()
                .forEach(o ->
                        omitted.addObject().put("recordedAs", o.recordedAs()).put("reason", o.reason()));
        return CanonicalJson.bytes(root);
    }

    /** Reads a manifest from its bytes; {@code source} names it in errors. */
    public ArchiveManifest read(final byte[] bytes, final String source) throws ReportException {
        Path file = Path.of(source);
        JsonNode root = SecureJson.read(new String(bytes, StandardCharsets.UTF_8), source, LIMITS);
        if (!ArchiveManifest.SCHEMA.equals(root.path("schema").asText())) {
            throw new ReportException(file, "not a " + ArchiveManifest.SCHEMA + " manifest");
        }
        List<ArchiveEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array(root, "files", file)) {
            entries.add(entry(node, file, "files[" + index++ + "]"));
        }
        List<ArchiveManifest.Omitted> omitted = new ArrayList<>();
        for (JsonNode node : array(root, "notArchived", file)) {
            omitted.add(new ArchiveManifest.Omitted(
                    text(node, "recordedAs", file, "notArchived"), text(node, "reason", file, "notArchived")));
        }
        try {
            return new ArchiveManifest(text(root, "baselineDigest", file, "manifest"), entries, omitted);
        } catch (IllegalArgumentException e) {
            throw new ReportException(file, e.getMessage());
        }
    }

    private static ArchiveEntry entry(final JsonNode node, final Path file, final String where) throws ReportException {
        String path = text(node, "path", file, where);
        if (!ArchivePaths.isSafe(path)) {
            throw new ReportException(file, where + ": not a safe archive path: " + path);
        }
        ArchiveEntry.Role role;
        try {
            role = ArchiveEntry.Role.valueOf(text(node, "role", file, where).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportException(
                    file, where + ": unknown role " + node.path("role").asText());
        }
        String sha256 = text(node, "sha256", file, where);
        if (!HEX.matcher(sha256).matches()) {
            throw new ReportException(file, where + ": sha256 is not 64 lower-case hex digits");
        }
        JsonNode size = node.path("size");
        if (!size.canConvertToLong() || !size.isIntegralNumber() || size.asLong() < 0) {
            throw new ReportException(file, where + ": size is not a non-negative whole number");
        }
        return new ArchiveEntry(
                path, role, sha256, size.asLong(), node.path("recordedAs").asText(""));
    }

    private static Iterable<JsonNode> array(final JsonNode root, final String key, final Path file)
            throws ReportException {
        JsonNode node = root.path(key);
        if (!node.isArray()) {
            throw new ReportException(file, "'" + key + "' is not a list");
        }
        return node;
    }

    private static String text(final JsonNode node, final String key, final Path file, final String where)
            throws ReportException {
        JsonNode value = node.path(key);
        if (!value.isTextual()) {
            throw new ReportException(file, where + ": '" + key + "' is missing or not text");
        }
        return value.asText();
    }
}
