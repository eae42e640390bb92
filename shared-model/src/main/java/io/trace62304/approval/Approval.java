package io.trace62304.approval;

import java.time.Instant;
import java.util.Objects;

/**
 * One approval of a baseline, as signed (schema {@value #SCHEMA}).
 *
 * @param baselineDigest the digest of the approved baseline: the approval is about this record only
 * @param build          the approved build, {@code job #id}, for people
 * @param gateVerdict    the gate verdict the approver saw
 * @param policySha256   the policy that decided it
 * @param meaning        review, approval or responsibility
 * @param signerId       the identity the signer is known by (the Jenkins or Jira user), as authenticated there
 * @param signerName     the printed name: the common name of the signer's certificate
 * @param certificate    the SHA-256 fingerprint of the signer's certificate
 * @param time           when it was signed, UTC
 * @param comment        what the signer added, may be empty
 */
public record Approval(
        String baselineDigest,
        String build,
        String gateVerdict,
        String policySha256,
        Meaning meaning,
        String signerId,
        String signerName,
        String certificate,
        Instant time,
        String comment) {
    public static final String SCHEMA = "trace62304-approval/1";

    public Approval {
        Objects.requireNonNull(baselineDigest);
        Objects.requireNonNull(build);
        Objects.requireNonNull(gateVerdict);
        Objects.requireNonNull(policySha256);
        Objects.requireNonNull(meaning);
        Objects.requireNonNull(signerId);
        Objects.requireNonNull(signerName);
        Objects.requireNonNull(certificate);
        Objects.requireNonNull(time);
        Objects.requireNonNull(comment);
        if (signerId.isBlank()) {
            throw new IllegalArgumentException("an approval needs the signer's identity");
        }
    }

    /** The signature manifestation (11.50): printed name, identity, meaning, date and time, what was signed. */
    public String manifestation() {
        return signerName + " (" + signerId + ") signed for " + meaning.id() + " on " + time + " (UTC): build "
                + build + ", gate " + gateVerdict + ", baseline " + baselineDigest
                + (comment.isEmpty() ? "" : " - \"" + comment + "\"");
    }
}
