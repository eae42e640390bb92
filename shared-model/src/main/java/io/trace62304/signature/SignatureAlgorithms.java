package io.trace62304.signature;

import java.security.Key;

/**
 * The signature algorithm for a key: SHA-256 with RSA (PKCS#1 v1.5) or with ECDSA. Other keys (Ed25519, DSA)
 * are refused: CMS signs Ed25519 over SHA-512, and every digest this project records is SHA-256.
 */
final class SignatureAlgorithms {
    private SignatureAlgorithms() {}

    static String of(final Key key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default ->
                throw new IllegalArgumentException(
                        "a " + key.getAlgorithm() + " key cannot sign here: use an RSA or EC (P-256, P-384) key");
        };
    }
}
