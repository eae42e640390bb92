package io.trace62304.signature;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider instance, passed explicitly: the JVM's provider list is never changed. */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}
}
