package io.trace62304.signature;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose signatures count: the certificates of a trust file (PEM) and, optionally, the signers it names. A signer
 * is trusted when its certificate is one of the file's certificates, or chains (PKIX, at the signing time) to one
 * of them that is a certification authority; when signers are named, the signer's certificate must also have one
 * of the named SHA-256 fingerprints ({@code sha256:…}) or subject names. Revocation is not checked: there is no
 * network at verification time, so a revoked key must be removed from the trust file.
 */
public final class TrustPolicy {
    private final String source;
    private final List<X509Certificate> trusted;
    private final List<String> signers;

    public TrustPolicy(final String source, final List<X509Certificate> trusted, final List<String> signers) {
        this.source = source;
        this.trusted = List.copyOf(trusted);
        this.signers = List.copyOf(signers);
    }

    /** Reads the certificates of a PEM (or DER) trust file; one that holds none is an error. */
    public static TrustPolicy read(final Path file, final List<String> signers) throws ReportException {
        ReportLimits.KEYS.checkFile(file);
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ReportException(file, "not a file of X.509 certificates: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new ReportException(file, "the trust file holds no certificate");
        }
        return new TrustPolicy(file.toString(), certificates, signers);
    }

    /** The SHA-256 fingerprint of a certificate, {@code sha256:} + hex of its DER encoding. */
    public static String fingerprint(final X509Certificate certificate) {
        try {
            return "sha256:" + Sha256.of(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a parsed certificate can be encoded", e);
        }
    }

    /** Why the signer of a valid signature is not trusted; empty when it is. */
    public List<String> check(final SignatureCheck signature) {
        if (signature.signer().isEmpty()) {
            return List.of("the signature names no signer certificate");
        }
        X509Certificate signer = signature.signer().get();
        List<String> problems = new ArrayList<>();
        String name = signer.getSubjectX500Principal().getName();
        if (!trusted.contains(signer)) {
            chain(signer, signature, name).ifPresent(problems::add);
        }
        if (!signers.isEmpty() && !signers.contains(fingerprint(signer)) && !signers.contains(name)) {
            problems.add(
                    "the signer " + name + " (" + fingerprint(signer) + ") is not one the policy names " + signers);
        }
        return problems;
    }

    private Optional<String> chain(final X509Certificate signer, final SignatureCheck signature, final String name) {
        Set<TrustAnchor> anchors = new HashSet<>();
        trusted.stream()
                .filter(certificate -> certificate.getBasicConstraints() >= 0)
                .forEach(certificate -> anchors.add(new TrustAnchor(certificate, null)));
        if (anchors.isEmpty()) {
            return Optional.of("the signer " + name + " is not a certificate of the trust file " + source);
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signature.signingTime().orElse(Instant.now())));
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(signature.certificates())));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("the signer " + name + " does not chain to a certificate of the trust file " + source
                    + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a damaged certificate carried in the signature makes the JDK's path builder throw (e.g. a null key)
            return Optional.of("the signer " + name + " cannot be chained: a certificate the signature carries is"
                    + " damaged (" + e.getClass().getSimpleName() + ")");
        }
    }
}
