package io.trace62304.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached CMS SignedData (RFC 5652): SHA-256 of the content in the signed {@code messageDigest}
 * attribute, the signing time, the signer's certificate chain included, the content itself not. Because the
 * content's SHA-256 is what the signer signs, the signature is over the digest the release record already
 * holds (the baseline digest, an artifact's SHA-256), and can be checked from that digest alone.
 */
public final class DetachedSigner {
    private final SigningKey key;

    public DetachedSigner(final SigningKey key) {
        this.key = key;
    }

    /** Content to sign, streamed once into the digest. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The DER bytes of the detached signature over {@code content}, signed at {@code time}. */
    public byte[] sign(final Content content, final Instant time) throws SignatureException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SignatureAlgorithms.of(key.privateKey()))
                    .setProvider(Bc.PROVIDER)
                    .build(key.privateKey());
            AttributeTable attributes =
                    new AttributeTable(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(time)))));
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(Bc.PROVIDER)
                            .build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                    .build(signer, key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info);
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(typed(content), false).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new SignatureException("cannot sign: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SignatureException(e.getMessage(), e);
        }
    }

    private static CMSTypedData typed(final Content content) {
        return new CMSTypedData() {
            @Override
            public ASN1ObjectIdentifier getContentType() {
                return CMSObjectIdentifiers.data;
            }

            @Override
            public void write(final OutputStream out) throws IOException {
                content.writeTo(out);
            }

            @Override
            public Object getContent() {
                return content;
            }
        };
    }
}
