package io.trace62304.signature;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo.Artifact;
import io.trace62304.report.ReportException;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signs a sealed baseline (over its digest) and each artifact it records (over the artifact's SHA-256, read
 * again from the file, which must still have the recorded digest) (5.8.8).
 */
public final class BaselineSigner {
    private final BaselineCodec codec = new BaselineCodec();
    private final DetachedSigner signer;

    public BaselineSigner(final SigningKey key) {
        this.signer = new DetachedSigner(key);
    }

    /**
     * @param baselineFile the baseline; it must verify
     * @param base         the directory the baseline's artifact paths are relative to
     */
    public SignatureSet sign(final Path baselineFile, final Path base, final Instant time)
            throws ReportException, SignatureException {
        List<String> problems = new BaselineVerifier().verify(baselineFile, Optional.empty());
        if (!problems.isEmpty()) {
            throw new SignatureException("will not sign a baseline that does not verify: " + problems.get(0));
        }
        SealedBaseline sealed = codec.read(baselineFile);
        List<SignedSubject> subjects = new ArrayList<>();
        subjects.add(new SignedSubject(
                SignedSubject.Kind.BASELINE,
                baselineFile.getFileName().toString(),
                sealed.digest(),
                signer.sign(out -> codec.writeContent(sealed.baseline(), out), time)));
        for (Artifact artifact : sealed.baseline().build().artifacts()) {
            subjects.add(signArtifact(base, artifact, time));
        }
        return new SignatureSet(sealed.digest(), subjects);
    }

    private SignedSubject signArtifact(final Path base, final Artifact artifact, final Instant time)
            throws SignatureException {
        Path file = base.resolve(artifact.path());
        try {
            String actual = Sha256.of(file);
            if (!actual.equals(artifact.sha256())) {
                throw new SignatureException("artifact " + file + " has SHA-256 " + actual + ", the baseline records "
                        + artifact.sha256() + ": it changed after the baseline was sealed");
            }
        } catch (IOException e) {
            throw new SignatureException("artifact " + file + " cannot be read: " + e.getMessage(), e);
        }
        byte[] cms = signer.sign(
                out -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                },
                time);
        return new SignedSubject(SignedSubject.Kind.ARTIFACT, artifact.path(), "sha256:" + artifact.sha256(), cms);
    }
}
