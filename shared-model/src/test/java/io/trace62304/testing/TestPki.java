package io.trace62304.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemGenerationException;

/**
 * Test keys made when a test runs (no private key is committed): a certification authority and the identities
 * it issues, EC P-256 (RSA 2048 where asked), written as PKCS#12 or PEM.
 */
public final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());
    /**
     * Fixed in the past, so that tests which sign at a fixed instant (e.g. ApprovalTest's 2026-12-03) stay valid on
     * any later day; a start relative to now made those tests fail one day after they were written.
     */
    private static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");

    private static final Instant NOT_AFTER = Instant.now().plus(Duration.ofDays(30));

    private final Identity authority;

    /** A key and its certificate chain (the identity's certificate first). */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private TestPki(final Identity authority) {
        this.authority = authority;
    }

    /** A new certification authority, {@code CN=<name>}. */
    public static TestPki authority(final String name) {
        KeyPair pair = ec();
        X509Certificate certificate = certificate(name, pair, pair.getPrivate(), name, true);
        return new TestPki(new Identity(pair.getPrivate(), List.of(certificate)));
    }

    public Identity authorityIdentity() {
        return authority;
    }

    /** An end-entity identity issued by this authority. */
    public Identity issue(final String name) {
        KeyPair pair = ec();
        X509Certificate certificate = certificate(
                name,
                pair,
                authority.key(),
                authority.certificate().getSubjectX500Principal().getName(),
                false);
        return new Identity(pair.getPrivate(), List.of(certificate, authority.certificate()));
    }

    /** A self-signed end-entity identity, {@code CN=<name>}, with an RSA 2048 key when {@code rsa}. */
    public static Identity selfSigned(final String name, final boolean rsa) {
        KeyPair pair = rsa ? rsa() : ec();
        return new Identity(pair.getPrivate(), List.of(certificate(name, pair, pair.getPrivate(), name, false)));
    }

    public static Path writePkcs12(final Identity identity, final Path file, final char[] password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(
                    "signer", identity.key(), password, identity.chain().toArray(new Certificate[0]));
            store.store(out, password);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unencrypted private key (PKCS#8, as {@code openssl genpkey} writes it), then the chain, in one PEM file. */
    public static Path writePem(final Identity identity, final Path file) {
        try {
            return writePemObjects(
                    file,
                    new JcaPKCS8Generator(identity.key(), null),
                    identity.chain().toArray());
        } catch (PemGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path writeCertificates(final Path file, final X509Certificate... certificates) {
        return writePemObjects(file, (Object[]) certificates);
    }

    private static Path writePemObjects(final Path file, final Object... objects) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            for (Object object : objects) {
                if (object instanceof Object[] nested) {
                    for (Object inner : nested) {
                        pem.writeObject(inner);
                    }
                } else {
                    pem.writeObject(object);
                }
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            final String subject,
            final KeyPair pair,
            final PrivateKey issuerKey,
            final String issuer,
            final boolean authority) {
        try {
            X500Principal issuerName = new X500Principal(issuer.startsWith("CN=") ? issuer : "CN=" + issuer);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(NOT_BEFORE),
                    Date.from(NOT_AFTER),
                    new X500Principal("CN=" + subject),
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            String algorithm = issuerKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
