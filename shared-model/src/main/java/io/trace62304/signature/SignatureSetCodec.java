package io.trace62304.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.baseline.CanonicalJson;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Writes and reads {@code signatures.json}: canonical JSON, each signature as base64 DER. */
public final class SignatureSetCodec {
    public byte[] bytes(final SignatureSet set) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SignatureSet.SCHEMA);
        root.put("baselineDigest", set.baselineDigest());
        ArrayNode subjects = root.putArray("signatures");
        for (SignedSubject subject : set.subjects()) {
            subjects.addObject()
                    .put("kind", subject.kind().name().toLowerCase(Locale.ROOT))
                    .put("path", subject.path())
                    .put("digest", subject.digest())
                    .put("cms", Base64.getEncoder().encodeToString(subject.cms()));
        }
        return CanonicalJson.bytes(root);
    }

    public SignatureSet read(final Path file) throws ReportException {
        JsonNode root = SecureJson.read(file, ReportLimits.DEFAULT);
        if (!SignatureSet.SCHEMA.equals(root.path("schema").asText())) {
            throw new ReportException(file, "not a " + SignatureSet.SCHEMA + " file");
        }
        List<SignedSubject> subjects = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("signatures")) {
            subjects.add(subject(file, node, index++));
        }
        return new SignatureSet(text(file, root, "baselineDigest", "/"), subjects);
    }

    private static SignedSubject subject(final Path file, final JsonNode node, final int index) throws ReportException {
        String pointer = "/signatures/" + index;
        String kind = text(file, node, "kind", pointer);
        try {
            return new SignedSubject(
                    SignedSubject.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    text(file, node, "path", pointer),
                    text(file, node, "digest", pointer),
                    Base64.getDecoder().decode(text(file, node, "cms", pointer)));
        } catch (IllegalArgumentException e) {
            throw new ReportException(file, pointer + ": " + e.getMessage(), e);
        }
    }

    private static String text(final Path file, final JsonNode node, final String name, final String pointer)
            throws ReportException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new ReportException(file, pointer + ": '" + name + "' is missing or not a string");
        }
        return value.asText();
    }
}
