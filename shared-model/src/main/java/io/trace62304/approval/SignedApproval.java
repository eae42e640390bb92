package io.trace62304.approval;

import java.util.Arrays;
import java.util.Objects;

/**
 * An approval with the digest of its canonical JSON and the detached CMS signature over that digest.
 *
 * @param approval what was signed
 * @param digest   {@code sha256:} + hex over the canonical JSON of {@code approval}
 * @param cms      the signature (DER)
 */
public record SignedApproval(Approval approval, String digest, byte[] cms) {
    public SignedApproval {
        Objects.requireNonNull(approval);
        Objects.requireNonNull(digest);
        cms = cms.clone();
    }

    @Override
    public byte[] cms() {
        return cms.clone();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof SignedApproval that
                && approval.equals(that.approval)
                && digest.equals(that.digest)
                && Arrays.equals(cms, that.cms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(approval, digest, Arrays.hashCode(cms));
    }

    @Override
    public String toString() {
        return approval.manifestation();
    }
}
