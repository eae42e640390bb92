package io.trace62304.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.testing.TestPki;
import io.trace62304.testing.TestPki.Identity;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key from a keystore another system keeps (a Jenkins certificate credential): the same checks as a key file's.
 */
class KeyStoreKeyTest {
    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    Path temp;

    private final Identity qa = TestPki.authority("Pump QA CA").issue("Jane Doe");

    private KeyStore store(final Identity identity) throws Exception {
        Path file = TestPki.writePkcs12(identity, temp.resolve("qa.p12"), PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    @Test
    void shouldTakeTheOneKeyAndItsCertificate() throws Exception {
        SigningKey key = SigningKeys.fromKeyStore("credentials qa-key", store(qa), PASSWORD);

        assertThat(key.certificate()).isEqualTo(qa.certificate());
        assertThat(key.chain()).hasSize(qa.chain().size());
    }

    @Test
    void shouldRefuseAWrongPasswordOrAStoreWithoutAKey() throws Exception {
        KeyStore store = store(qa);
        assertThatThrownBy(() -> SigningKeys.fromKeyStore("credentials qa-key", store, "wrong".toCharArray()))
                .isInstanceOf(SignatureException.class)
                .hasMessageStartingWith("credentials qa-key: not a usable keystore (or a wrong password)");

        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, PASSWORD);
        assertThatThrownBy(() -> SigningKeys.fromKeyStore("credentials none", empty, PASSWORD))
                .isInstanceOf(SignatureException.class)
                .hasMessageContaining("the keystore must hold exactly one private key, it holds 0");
    }
}
