package io.trace62304.cli;

import io.trace62304.report.AtomicFiles;
import io.trace62304.report.ReportException;
import io.trace62304.signature.BaselineSigner;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SignatureSet;
import io.trace62304.signature.SignatureSetCodec;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.TrustPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 sign}: detached signatures over a baseline's digest and its artifacts' digests (5.8.8). */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Signs a baseline and every artifact it records (detached CMS over their SHA-256 digests).",
            "Exit codes: 0 signed; 1 the baseline does not verify or an artifact changed; 2 usage or key error."
        })
final class SignCommand implements Callable<Integer> {
    static final int REFUSED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BASELINE")
    private Path baseline;

    @Mixin
    private KeyOptions key;

    @Option(
            names = "--base",
            paramLabel = "DIR",
            description = "Directory the baseline's artifact paths are relative to (default: the working directory).")
    private Path base = Path.of("");

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the signatures (default: signatures.json next to the baseline).")
    private Path out;

    @Override
    public Integer call() throws IOException, ReportException {
        SigningKey signingKey = key.load();
        BaselineSigner signer = new BaselineSigner(signingKey);
        SignatureSet set;
        try {
            set = signer.sign(baseline, base.toAbsolutePath(), Instant.now());
        } catch (SignatureException e) {
            spec.commandLine().getErr().println("trace62304: " + e.getMessage());
            return REFUSED;
        }
        Path target = out != null ? out : baseline.toAbsolutePath().resolveSibling("signatures.json");
        AtomicFiles.write(target, new SignatureSetCodec().bytes(set));
        spec.commandLine()
                .getOut()
                .println("signed " + set.baselineDigest() + " and "
                        + (set.subjects().size() - 1)
                        + " artifact(s) as "
                        + signingKey.certificate().getSubjectX500Principal().getName() + " ("
                        + TrustPolicy.fingerprint(signingKey.certificate()) + "): " + target);
        return Trace62304.OK;
    }
}
