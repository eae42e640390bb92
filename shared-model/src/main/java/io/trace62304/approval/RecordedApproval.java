package io.trace62304.approval;

import java.time.Instant;
import java.util.Objects;

/**
 * An approval that a system which authenticated the person recorded (a Jira workflow transition to Approved), not
 * signed with the approver's key: who (the identity the system knows and the name it shows), the meaning, when
 * (UTC), the baseline digest it approved and where it is recorded. It counts only where the policy accepts its
 * source ({@code approval.sources}).
 *
 * @param source         where it is recorded, e.g. {@code Jira https://example.atlassian.net PUMP-99}
 * @param sourceKind     the policy's name of the source, e.g. {@code jira}
 * @param baselineDigest the digest of the baseline the record named when it was approved
 * @param meaning        what the approval means
 * @param signerId       the identity the system authenticated (a Jira Cloud account id, a Data Center user name)
 * @param signerName     the name the system shows for it
 * @param time           when it was recorded, UTC
 */
public record RecordedApproval(
        String source,
        String sourceKind,
        String baselineDigest,
        Meaning meaning,
        String signerId,
        String signerName,
        Instant time) {
    public RecordedApproval {
        Objects.requireNonNull(source);
        Objects.requireNonNull(sourceKind);
        Objects.requireNonNull(baselineDigest);
        Objects.requireNonNull(meaning);
        Objects.requireNonNull(signerId);
        Objects.requireNonNull(signerName);
        Objects.requireNonNull(time);
        if (signerId.isBlank()) {
            throw new IllegalArgumentException("an approval needs the approver's identity");
        }
    }

    /** The approval in words (21 CFR 11.50): name, identity, meaning, date and time, where, what. */
    public String manifestation() {
        return signerName + " (" + signerId + ") recorded " + meaning.id() + " on " + time + " (UTC) in " + source
                + ": baseline " + baselineDigest;
    }
}
