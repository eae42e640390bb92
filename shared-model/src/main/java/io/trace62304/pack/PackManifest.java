package io.trace62304.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.baseline.CanonicalJson;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.report.Sha256;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code pack-manifest.json}: each file of the pack with its SHA-256 and size, bound to the digest of the baseline it
 * was made from, in canonical JSON (RFC 8785), so a changed, added or removed byte is visible and the manifest itself
 * is reproducible.
 */
public record PackManifest(String baselineDigest, String job, String buildId, List<Entry> files) {
    public static final String SCHEMA = "trace62304-pack/1";
    public static final String FILE = "pack-manifest.json";

    public PackManifest {
        Objects.requireNonNull(baselineDigest);
        Objects.requireNonNull(job);
        Objects.requireNonNull(buildId);
        files = files.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    /** One file of the pack. */
    public record Entry(String path, String sha256, long size) {
        static Entry of(final String path, final byte[] bytes) {
            return new Entry(path, Sha256.of(bytes), bytes.length);
        }
    }

    static PackManifest of(final SealedBaseline sealed, final List<Entry> files) {
        return new PackManifest(
                sealed.digest(),
                sealed.baseline().build().job(),
                sealed.baseline().build().buildId(),
                files);
    }

    public byte[] bytes() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SCHEMA);
        root.put("baselineDigest", baselineDigest);
        root.put("job", job);
        root.put("buildId", buildId);
        ArrayNode list = root.putArray("files");
        for (Entry entry : files) {
            list.addObject()
                    .put("path", entry.path())
                    .put("sha256", entry.sha256())
                    .put("size", entry.size());
        }
        return CanonicalJson.bytes(root);
    }
}
