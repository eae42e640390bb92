package io.trace62304.signature;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo.Artifact;
import io.trace62304.report.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the signatures of a baseline end to end: the baseline is intact, the signature file is for this
 * baseline's digest, the baseline and every artifact it records carry a valid signature over the digest the
 * baseline holds, and every signer is trusted. A signature for something the baseline does not record is a
 * problem too: nothing is signed that is not in the record.
 */
public final class BaselineSignatureVerifier {
    private final DetachedSignatureVerifier verifier = new DetachedSignatureVerifier();
    private final TrustPolicy trust;

    public BaselineSignatureVerifier(final TrustPolicy trust) {
        this.trust = trust;
    }

    /** The problems found; empty when the baseline and its artifacts are signed by a trusted signer. */
    public List<String> verify(final Path baselineFile, final Path signaturesFile) {
        List<String> problems = new ArrayList<>(new BaselineVerifier().verify(baselineFile, Optional.empty()));
        try {
            SealedBaseline sealed = new BaselineCodec().read(baselineFile);
            SignatureSet set = new SignatureSetCodec().read(signaturesFile);
            if (!set.baselineDigest().equals(sealed.digest())) {
                problems.add(signaturesFile + ": the signatures are for baseline " + set.baselineDigest() + ", not for "
                        + sealed.digest());
            }
            Map<String, String> expected = new TreeMap<>();
            expected.put(key(SignedSubject.Kind.BASELINE, baselineFile.toString()), sealed.digest());
            for (Artifact artifact : sealed.baseline().build().artifacts()) {
                expected.put(key(SignedSubject.Kind.ARTIFACT, artifact.path()), "sha256:" + artifact.sha256());
            }
            for (SignedSubject subject : set.subjects()) {
                String digest = expected.remove(key(subject.kind(), subject.path()));
                if (digest == null) {
                    problems.add(signaturesFile + ": a signature for " + describe(subject)
                            + ", which the baseline does not record (or signed twice)");
                } else {
                    checkOne(subject, digest, problems);
                }
            }
            expected.keySet().forEach(missing -> problems.add(signaturesFile + ": no signature for " + missing));
        } catch (ReportException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /**
     * The certificate fingerprint that signed the baseline in a signature file, when the signature carries it
     * (for the two-person rule); not a trust decision.
     */
    public Optional<String> signerOf(final Path signaturesFile) {
        try {
            return new SignatureSetCodec()
                    .read(signaturesFile).subjects().stream()
                            .filter(subject -> subject.kind() == SignedSubject.Kind.BASELINE)
                            .findFirst()
                            .flatMap(subject -> verifier.verify(subject.cms(), subject.digest())
                                    .signer())
                            .map(TrustPolicy::fingerprint);
        } catch (ReportException e) {
            return Optional.empty();
        }
    }

    /** Checks one signature over the digest the record holds, and its signer; appends what is wrong. */
    public void checkOne(final SignedSubject subject, final String digest, final List<String> problems) {
        String what = describe(subject);
        if (!subject.digest().equals(digest)) {
            problems.add(
                    what + ": the signature file names digest " + subject.digest() + ", the record holds " + digest);
        }
        SignatureCheck check = verifier.verify(subject.cms(), digest);
        check.problems().forEach(problem -> problems.add(what + ": " + problem));
        if (check.isValid()) {
            trust.check(check).forEach(problem -> problems.add(what + ": " + problem));
        }
    }

    private static String key(final SignedSubject.Kind kind, final String path) {
        return kind == SignedSubject.Kind.BASELINE ? "the baseline" : "artifact " + path;
    }

    private static String describe(final SignedSubject subject) {
        return key(subject.kind(), subject.path());
    }
}
