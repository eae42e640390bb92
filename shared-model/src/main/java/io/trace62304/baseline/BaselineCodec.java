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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        MessageDigest digest = Sha256.newDigest();
        canonical(baseline, Optional.empty(), new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return new SealedBaseline(baseline, PREFIX + HexFormat.of().formatHex(digest.digest()));
    }

    /** The canonical bytes of a sealed baseline, as written to {@code baseline.json}. */
    public byte[] bytes(final SealedBaseline sealed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        canonical(sealed.baseline(), Optional.of(sealed.digest()), out);
        return out.toByteArray();
    }

    /** Streams the canonical bytes of a sealed baseline to a file. */
    public void write(final SealedBaseline sealed, final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(sealed, out);
        }
    }

    /** Streams the canonical bytes of a sealed baseline, as written to {@code baseline.json}. */
    public void write(final SealedBaseline sealed, final OutputStream out) throws IOException {
        try {
            canonical(sealed.baseline(), Optional.of(sealed.digest()), out);
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
            canonical(baseline, Optional.empty(), out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The canonical JSON of a baseline (with a digest member when one is given), never as one tree: the tree
     * holds the baseline without its items, SOUP entries and test results, and those are turned into trees and
     * written one at a time (200,000 test results would otherwise be a tree several times the file's size).
     */
    private void canonical(final Baseline baseline, final Optional<String> digest, final OutputStream out) {
        TestSummary tests = baseline.tests();
        ObjectNode outline = tree(new Baseline(
                baseline.schema(),
                baseline.build(),
                baseline.itemSource(),
                baseline.inputs(),
                List.of(),
                List.of(),
                new TestSummary(
                        tests.total(), tests.passed(), tests.failed(), tests.errored(), tests.skipped(), List.of()),
                baseline.coverage(),
                baseline.gate(),
                baseline.previousDigest(),
                baseline.changes(),
                baseline.vulnerabilityData()));
        digest.ifPresent(value -> outline.put(DIGEST, value));
        CanonicalJson.write(
                outline,
                Map.of(
                        "/items", trees(baseline.items()),
                        "/soup", trees(baseline.soup()),
                        "/tests/results", trees(tests.results())),
                out);
    }

    /** The elements' trees, each made as the writer reaches it. */
    private Iterable<JsonNode> trees(final List<?> elements) {
        return () -> elements.stream().<JsonNode>map(mapper::valueToTree).iterator();
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
