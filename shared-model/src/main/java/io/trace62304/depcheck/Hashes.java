package io.trace62304.depcheck;

/**
 * File digests Dependency-Check computed, each empty where absent (virtual dependencies have none).
 *
 * @param md5    MD5, hex
 * @param sha1   SHA-1, hex
 * @param sha256 SHA-256, hex
 */
public record Hashes(String md5, String sha1, String sha256) {
    public static final Hashes NONE = new Hashes("", "", "");
}
