package io.trace62304.signature;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS signature against a SHA-256 digest without needing the content: exactly one signer,
 * SHA-256, the signer's certificate carried in the signature and valid at the signing time, the signed
 * {@code messageDigest} equal to the digest, and the signature value correct. Trust in the certificate is
 * {@link TrustPolicy}'s question.
 */
public final class DetachedSignatureVerifier {
    private static final String PREFIX = "sha256:";

    /**
     * @param cms    the DER bytes of the signature
     * @param digest the content's digest, {@code sha256:} + hex (or bare hex)
     */
    public SignatureCheck verify(final byte[] cms, final String digest) {
        byte[] hash;
        try {
            hash = HexFormat.of().parseHex(digest.startsWith(PREFIX) ? digest.substring(PREFIX.length()) : digest);
        } catch (IllegalArgumentException e) {
            return SignatureCheck.failed("'" + digest + "' is not a SHA-256 digest");
        }
        if (hash.length != 32) {
            return SignatureCheck.failed("'" + digest + "' is not a SHA-256 digest");
        }
        try {
            CMSSignedData data = new CMSSignedData(Map.of(NISTObjectIdentifiers.id_sha256, hash), cms);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return SignatureCheck.failed("the signature has " + signers.size() + " signers, not one");
            }
            return check(data, signers.iterator().next(), digest);
        } catch (CMSException | IllegalArgumentException | ClassCastException e) {
            return SignatureCheck.failed("not a CMS signature: " + e.getMessage());
        }
    }

    private static SignatureCheck check(final CMSSignedData data, final SignerInformation signer, final String digest)
            throws CMSException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(Bc.PROVIDER);
        Optional<X509Certificate> certificate = Optional.empty();
        try {
            for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
                X509Certificate converted = converter.getCertificate(holder);
                certificates.add(converted);
                if (signer.getSID().match(holder)) {
                    certificate = Optional.of(converted);
                }
            }
        } catch (CertificateException e) {
            return SignatureCheck.failed("a certificate in the signature cannot be read: " + e.getMessage());
        }
        Optional<Instant> time = signingTime(signer.getSignedAttributes());
        List<String> problems = new ArrayList<>();
        if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
            problems.add("the signature's digest algorithm is " + signer.getDigestAlgOID() + ", not SHA-256");
        } else if (certificate.isEmpty()) {
            problems.add("the signature does not carry its signer's certificate");
        } else {
            verifyValue(signer, certificate.get(), digest, problems);
        }
        return new SignatureCheck(certificate, certificates, time, problems);
    }

    private static void verifyValue(
            final SignerInformation signer,
            final X509Certificate certificate,
            final String digest,
            final List<String> problems) {
        try {
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Bc.PROVIDER)
                    .build(certificate));
            if (!valid) {
                problems.add("the signature value does not verify with the certificate of "
                        + certificate.getSubjectX500Principal().getName());
            }
        } catch (OperatorCreationException e) {
            problems.add("the signature cannot be checked: " + e.getMessage());
        } catch (CMSException e) {
            problems.add("the signature is not over " + digest + ": " + e.getMessage());
        }
    }

    private static Optional<Instant> signingTime(final AttributeTable attributes) {
        if (attributes == null) {
            return Optional.empty();
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        return Optional.of(Time.getInstance(value).getDate().toInstant());
    }
}
