package io.trace62304.signature;

import java.util.Arrays;
import java.util.Objects;

/**
 * One signed digest of a release record.
 *
 * @param kind   what was signed
 * @param path   the artifact's path as the baseline records it, or the record's file name
 * @param digest the signed SHA-256, {@code sha256:} + hex
 * @param cms    the detached CMS signature (DER)
 */
public record SignedSubject(Kind kind, String path, String digest, byte[] cms) {
    public enum Kind {
        BASELINE,
        ARTIFACT,
        APPROVAL
    }

    public SignedSubject {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(path);
        Objects.requireNonNull(digest);
        cms = cms.clone();
    }

    @Override
    public byte[] cms() {
        return cms.clone();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof SignedSubject that
                && kind == that.kind
                && path.equals(that.path)
                && digest.equals(that.digest)
                && Arrays.equals(cms, that.cms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, path, digest, Arrays.hashCode(cms));
    }

    @Override
    public String toString() {
        return kind + " " + path + " " + digest;
    }
}
