package io.trace62304.cli;

import io.trace62304.report.ReportException;
import io.trace62304.signature.TrustPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which signatures {@code baseline verify} checks, and whose signatures it trusts. */
final class SignatureOptions {
    @Option(
            names = "--signatures",
            paramLabel = "FILE",
            description = "Check the signatures of the baseline and its artifacts (needs --trust).")
    Path signatures;

    @Option(
            names = "--trust",
            paramLabel = "FILE",
            description = "PEM certificates whose signers are trusted: signers' certificates or their CAs.")
    Path trust;

    @Option(
            names = "--signer",
            paramLabel = "NAME",
            description = "A signer the policy accepts: sha256:FINGERPRINT of the certificate, or its subject "
                    + "name (repeatable; default: any the trust file trusts).")
    List<String> signers = new ArrayList<>();

    TrustPolicy trustPolicy() throws ReportException {
        return TrustPolicy.read(trust, signers);
    }
}
