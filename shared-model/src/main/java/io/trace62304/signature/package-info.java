/**
 * Detached CMS signatures (RFC 5652, SHA-256) over the digests of a release record: the canonical baseline, the
 * shipped artifacts and approval records (5.8.8, 21 CFR 11.70), the keys they are made with (PKCS#12 or PEM)
 * and the trust a verifier places in the signer's certificate. BouncyCastle does the cryptography.
 */
package io.trace62304.signature;
