package io.trace62304.baseline;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Seals, writes and reads baselines. The digest is SHA-256 over the canonical JSON of the baseline without its
 * {@code digest} member; the file is the canonical JSON with that member, so any changed byte is detectable.
 */
public final class BaselineCodec {
    static final String DIGEST = "digest";
    private static final String PREFIX = "sha256:";

    private final ObjectMapper mapper = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // a count of 2.5 is refused, not read as 2

    /** Seals a baseline: computes the digest of its canonical form. */
    public SealedBaseline seal(final Baseline baseline) {
        return new SealedBaseline(baseline, digestOf(tree(baseline)));
    }

    /** The canonical bytes of a sealed baseline, as written to {@code baseline.json}. */
    public byte[] bytes(final SealedBaseline sealed) {
        ObjectNode tree = tree(sealed.baseline());
        tree.put(DIGEST, sealed.digest());
        return CanonicalJson.bytes(tree);
    }

    /** Streams the canonical bytes of a sealed baseline to a file. */
    public void write(final SealedBaseline sealed, final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(sealed, out);
        }
    }

    /** Streams the canonical bytes of a sealed baseline, as written to {@code baseline.json}. */
    public void write(final SealedBaseline sealed, final OutputStream out) throws IOException {
        ObjectNode tree = tree(sealed.baseline());
        tree.put(DIGEST, sealed.digest());
        try {
            CanonicalJson.write(tree, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Streams the canonical JSON of a baseline without its digest: the bytes whose SHA-256 is the digest, and
     * what a detached signature over the baseline signs.
     */
    public void writeContent(final Baseline baseline, final OutputStream out) throws IOException {
        try {
            CanonicalJson.write(tree(baseline), out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads a baseline without checking its digest (see {@link BaselineVerifier}). */
    public SealedBaseline read(final Path file) throws ReportException {
        JsonNode root = SecureJson.read(file, ReportLimits.DEFAULT);
        return fromTree(file, root);
    }

    SealedBaseline fromTree(final Path file, final JsonNode root) throws ReportException {
        if (!root.isObject() || !Baseline.READABLE.contains(root.path("schema").asText())) {
            throw new ReportException(
                    file,
                    "not a " + Baseline.SCHEMA + " baseline (schema is '"
                            + root.path("schema").asText("") + "')");
        }
        ObjectNode content = ((ObjectNode) root).deepCopy();
        JsonNode digest = content.remove(DIGEST);
        try {
            return new SealedBaseline(
                    mapper.treeToValue(content, Baseline.class), digest == null ? "" : digest.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportException(
                    file, "the baseline does not follow " + root.path("schema").asText() + ": " + reason(e), e);
        }
    }

    /** Jackson's reason on one line, with the JSON pointer of the value, without its source excerpt. */
    private static String reason(final Exception e) {
        if (!(e instanceof JsonProcessingException json)) {
            return e.getMessage();
        }
        String message = json.getOriginalMessage();
        int newline = message.indexOf('\n');
        message = (newline < 0 ? message : message.substring(0, newline)).strip();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                pointer.append('/')
                        .append(
                                reference.getFieldName() != null
                                        ? reference.getFieldName()
                                        : String.valueOf(reference.getIndex()));
            }
            return "at " + pointer + ": " + message;
        }
        return message;
    }

    ObjectNode tree(final Baseline baseline) {
        ObjectNode tree = mapper.valueToTree(baseline);
        if (!Baseline.SCHEMA.equals(baseline.schema()) && tree.get("build") instanceof ObjectNode build) {
            // schema 1 has no release identity and no commits: a baseline read from it is written back as it was
            build.remove("release");
            tree.remove("changes");
        }
        return tree;
    }

    static String digestOf(final JsonNode content) {
        MessageDigest digest = Sha256.newDigest();
        CanonicalJson.write(content, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }
}
