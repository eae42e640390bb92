package io.trace62304.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What checking one detached signature found.
 *
 * @param signer       the signer's certificate, when the signature names one it carries
 * @param certificates every certificate the signature carries (the signer's chain)
 * @param signingTime  the signed signing time, when present
 * @param problems     why the signature does not hold; empty when it is a valid signature over the digest
 */
public record SignatureCheck(
        Optional<X509Certificate> signer,
        List<X509Certificate> certificates,
        Optional<Instant> signingTime,
        List<String> problems) {
    public SignatureCheck {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    static SignatureCheck failed(final String problem) {
        return new SignatureCheck(Optional.empty(), List.of(), Optional.empty(), List.of(problem));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
