package io.trace62304.signature;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads a signing key: a PKCS#12 keystore ({@code .p12}, {@code .pfx}) with exactly one key entry, or PEM (a
 * private key, plain or encrypted, and the certificate chain, signer's certificate first, in the same file or in
 * a separate certificate file). The key must belong to the certificate: it is tried on a test message.
 */
public final class SigningKeys {
    private SigningKeys() {}

    /**
     * @param keyFile      the PKCS#12 or PEM file
     * @param certificates a PEM file with the chain when {@code keyFile} is a PEM key without it
     * @param password     the keystore or key password (empty for an unencrypted PEM key)
     */
    public static SigningKey load(final Path keyFile, final Optional<Path> certificates, final char[] password)
            throws ReportException {
        ReportLimits.KEYS.checkFile(keyFile);
        if (certificates.isPresent()) {
            ReportLimits.KEYS.checkFile(certificates.get());
        }
        SigningKey key = isPkcs12(keyFile) ? pkcs12(keyFile, password) : pem(keyFile, certificates, password);
        checkPair(keyFile, key);
        return key;
    }

    private static boolean isPkcs12(final Path file) throws ReportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x30; // a DER SEQUENCE: PEM is text
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the key file: " + e.getMessage(), e);
        }
    }

    private static SigningKey pkcs12(final Path file, final char[] password) throws ReportException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return onlyKey(store, password);
        } catch (IllegalArgumentException e) {
            throw new ReportException(file, e.getMessage(), e);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new ReportException(
                    file, "not a readable PKCS#12 keystore (or a wrong password): " + e.getMessage(), e);
        }
    }

    /**
     * The one key entry of a keystore another system keeps (e.g. a Jenkins certificate credential), checked as a
     * file's is: exactly one private key, and it belongs to its certificate.
     *
     * @param source what the keystore is, for messages
     */
    public static SigningKey fromKeyStore(final String source, final KeyStore store, final char[] password)
            throws SignatureException {
        SigningKey key;
        try {
            key = onlyKey(store, password);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new SignatureException(
                    source + ": not a usable keystore (or a wrong password): " + e.getMessage(), e);
        }
        try {
            if (!signsFor(key)) {
                throw new SignatureException(source + ": the private key does not belong to the certificate "
                        + key.certificate().getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SignatureException(source + ": the key cannot sign: " + e.getMessage(), e);
        }
        return key;
    }

    private static SigningKey onlyKey(final KeyStore store, final char[] password) throws GeneralSecurityException {
        List<String> aliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                aliases.add(alias);
            }
        }
        if (aliases.size() != 1) {
            throw new IllegalArgumentException(
                    "the keystore must hold exactly one private key, it holds " + aliases.size() + aliases);
        }
        PrivateKey key = (PrivateKey) store.getKey(aliases.get(0), password);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(aliases.get(0))) {
            chain.add((X509Certificate) certificate);
        }
        return new SigningKey(key, chain);
    }

    private static SigningKey pem(final Path file, final Optional<Path> certificates, final char[] password)
            throws ReportException {
        PemContent content = new PemContent();
        content.read(file, password);
        if (certificates.isPresent()) {
            content.read(certificates.get(), password);
        }
        if (content.key == null) {
            throw new ReportException(file, "the PEM file holds no private key");
        }
        if (content.chain.isEmpty()) {
            throw new ReportException(
                    file, "no certificate for the key: add it to the file or give a certificate file");
        }
        return new SigningKey(content.key, content.chain);
    }

    private static void checkPair(final Path file, final SigningKey key) throws ReportException {
        try {
            if (!signsFor(key)) {
                throw new ReportException(
                        file,
                        "the private key does not belong to the certificate "
                                + key.certificate().getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ReportException(file, "the key cannot sign: " + e.getMessage(), e);
        }
    }

    /** Whether the key's signature of a test message verifies with its certificate. */
    private static boolean signsFor(final SigningKey key) throws GeneralSecurityException {
        byte[] probe = "trace62304 key check".getBytes(StandardCharsets.US_ASCII);
        String algorithm = SignatureAlgorithms.of(key.privateKey());
        Signature signer = Signature.getInstance(algorithm, Bc.PROVIDER);
        signer.initSign(key.privateKey());
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm, Bc.PROVIDER);
        verifier.initVerify(key.certificate().getPublicKey());
        verifier.update(probe);
        return verifier.verify(signature);
    }

    /** What the PEM files hold, in order. */
    private static final class PemContent {
        private final JcaPEMKeyConverter keys = new JcaPEMKeyConverter().setProvider(Bc.PROVIDER);
        private final JcaX509CertificateConverter certs = new JcaX509CertificateConverter().setProvider(Bc.PROVIDER);
        private PrivateKey key;
        private final List<X509Certificate> chain = new ArrayList<>();

        void read(final Path file, final char[] password) throws ReportException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                    PEMParser parser = new PEMParser(reader)) {
                for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                    add(file, object, password);
                }
            } catch (IOException | GeneralSecurityException | OperatorCreationException | PKCSException e) {
                throw new ReportException(file, "not a readable PEM key or certificate: " + e.getMessage(), e);
            }
        }

        private void add(final Path file, final Object object, final char[] password)
                throws IOException, GeneralSecurityException, OperatorCreationException, PKCSException,
                        ReportException {
            if (object instanceof X509CertificateHolder holder) {
                chain.add(certs.getCertificate(holder));
            } else if (object instanceof PrivateKeyInfo info) {
                setKey(file, keys.getPrivateKey(info));
            } else if (object instanceof PEMKeyPair pair) {
                setKey(file, keys.getPrivateKey(pair.getPrivateKeyInfo()));
            } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                setKey(
                        file,
                        keys.getPrivateKey(encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                                .setProvider(Bc.PROVIDER)
                                .build(password))));
            } else if (object instanceof PEMEncryptedKeyPair encrypted) {
                setKey(
                        file,
                        keys.getPrivateKey(encrypted
                                .decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                                        .setProvider(Bc.PROVIDER)
                                        .build(password))
                                .getPrivateKeyInfo()));
            }
        }

        private void setKey(final Path file, final PrivateKey value) throws ReportException {
            if (key != null) {
                throw new ReportException(file, "the PEM files hold more than one private key");
            }
            key = value;
        }
    }
}
