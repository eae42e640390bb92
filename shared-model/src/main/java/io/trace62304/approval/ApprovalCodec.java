package io.trace62304.approval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.baseline.CanonicalJson;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The canonical JSON of approvals and the approvals file ({@code approvals.json}, schema {@value #FILE_SCHEMA}):
 * the baseline digest and every signed approval, each with its record, digest and base64 CMS signature.
 */
public final class ApprovalCodec {
    public static final String FILE_SCHEMA = "trace62304-approvals/1";

    /** The canonical JSON of one approval: the bytes its digest and signature are over. */
    public byte[] recordBytes(final Approval approval) {
        return CanonicalJson.bytes(recordNode(approval));
    }

    private static ObjectNode recordNode(final Approval approval) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("schema", Approval.SCHEMA);
        node.put("baselineDigest", approval.baselineDigest());
        node.put("build", approval.build());
        node.put("gateVerdict", approval.gateVerdict());
        node.put("policySha256", approval.policySha256());
        node.put("meaning", approval.meaning().id());
        ObjectNode signer = node.putObject("signer");
        signer.put("id", approval.signerId());
        signer.put("name", approval.signerName());
        signer.put("certificate", approval.certificate());
        node.put("time", approval.time().toString());
        node.put("comment", approval.comment());
        return node;
    }

    public String digestOf(final Approval approval) {
        return "sha256:" + Sha256.of(recordBytes(approval));
    }

    public byte[] fileBytes(final String baselineDigest, final List<SignedApproval> approvals) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", FILE_SCHEMA);
        root.put("baselineDigest", baselineDigest);
        ArrayNode list = root.putArray("approvals");
        for (SignedApproval signed : approvals) {
            ObjectNode entry = list.addObject();
            entry.set("record", recordNode(signed.approval()));
            entry.put("digest", signed.digest());
            entry.put("cms", Base64.getEncoder().encodeToString(signed.cms()));
        }
        return CanonicalJson.bytes(root);
    }

    /** The approvals of a file; the file's own {@code baselineDigest} is checked by the verifier. */
    public ApprovalFile read(final Path file) throws ReportException {
        JsonNode root = SecureJson.read(file, ReportLimits.DEFAULT);
        if (!FILE_SCHEMA.equals(root.path("schema").asText())) {
            throw new ReportException(file, "not a " + FILE_SCHEMA + " file");
        }
        List<SignedApproval> approvals = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root.path("approvals")) {
            String pointer = "/approvals/" + index++;
            try {
                approvals.add(new SignedApproval(
                        approval(entry.path("record")),
                        text(entry, "digest"),
                        Base64.getDecoder().decode(text(entry, "cms"))));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new ReportException(file, pointer + ": " + e.getMessage(), e);
            }
        }
        return new ApprovalFile(root.path("baselineDigest").asText(""), approvals);
    }

    private static Approval approval(final JsonNode node) {
        if (!Approval.SCHEMA.equals(node.path("schema").asText())) {
            throw new IllegalArgumentException("the record is not a " + Approval.SCHEMA + " approval");
        }
        JsonNode signer = node.path("signer");
        return new Approval(
                text(node, "baselineDigest"),
                text(node, "build"),
                text(node, "gateVerdict"),
                text(node, "policySha256"),
                Meaning.valueOf(text(node, "meaning").toUpperCase(Locale.ROOT)),
                text(signer, "id"),
                text(signer, "name"),
                text(signer, "certificate"),
                Instant.parse(text(node, "time")),
                text(node, "comment"));
    }

    private static String text(final JsonNode node, final String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not a string");
        }
        return value.asText();
    }

    /** The approvals of one file. */
    public record ApprovalFile(String baselineDigest, List<SignedApproval> approvals) {
        public ApprovalFile {
            approvals = List.copyOf(approvals);
        }
    }
}
