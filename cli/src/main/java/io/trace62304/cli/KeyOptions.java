package io.trace62304.cli;

import io.trace62304.report.ReportException;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.SigningKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The signing key of {@code sign} and {@code approve}. Its password is never a command-line argument (it would
 * be in the shell history and the process list): it comes from {@value #PASSWORD_VARIABLE} or from a file.
 */
final class KeyOptions {
    static final String PASSWORD_VARIABLE = "TRACE62304_KEY_PASSWORD";

    @Option(
            names = "--key",
            required = true,
            paramLabel = "FILE",
            description = "PKCS#12 keystore (.p12/.pfx, one key) or PEM private key with its certificate chain.")
    Path key;

    @Option(
            names = "--certificate",
            paramLabel = "FILE",
            description = "PEM certificate chain (signer first) when --key is a PEM key without it.")
    Path certificate;

    @Option(
            names = "--key-password-file",
            paramLabel = "FILE",
            description = "File holding the key password; default: the environment variable " + PASSWORD_VARIABLE
                    + ", else none.")
    Path passwordFile;

    SigningKey load() throws IOException, ReportException {
        return SigningKeys.load(key, Optional.ofNullable(certificate), password());
    }

    private char[] password() throws IOException {
        if (passwordFile != null) {
            return SmallFiles.text(passwordFile).toCharArray();
        }
        String value = System.getenv(PASSWORD_VARIABLE);
        return value == null ? new char[0] : value.toCharArray();
    }
}
