package io.trace62304.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key and its certificate chain, the signer's certificate first.
 *
 * @param privateKey the key that signs
 * @param chain      the signer's certificate, then the certificates that issued it (may be just the first)
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
    public SigningKey {
        Objects.requireNonNull(privateKey);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
