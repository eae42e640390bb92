package io.trace62304.approval;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.report.ReportException;
import io.trace62304.signature.DetachedSigner;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.TrustPolicy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Makes a signed approval of a baseline that verifies: bound to its digest, with the printed name taken from the
 * signer's certificate (not typed), the time in whole seconds UTC (as the CMS signing time holds it).
 */
public final class Approver {
    private final ApprovalCodec codec = new ApprovalCodec();
    private final SigningKey key;

    public Approver(final SigningKey key) {
        this.key = key;
    }

    public SignedApproval approve(
            final Path baselineFile,
            final Meaning meaning,
            final String signerId,
            final String comment,
            final Instant now)
            throws ReportException, SignatureException {
        List<String> problems = new BaselineVerifier().verify(baselineFile, Optional.empty());
        if (!problems.isEmpty()) {
            throw new SignatureException("will not approve a baseline that does not verify: " + problems.get(0));
        }
        SealedBaseline sealed = new BaselineCodec().read(baselineFile);
        Instant time = now.truncatedTo(ChronoUnit.SECONDS);
        Approval approval = new Approval(
                sealed.digest(),
                sealed.baseline().build().title(),
                sealed.baseline().gate().verdict(),
                sealed.baseline().gate().policySha256(),
                meaning,
                signerId,
                commonName(key),
                TrustPolicy.fingerprint(key.certificate()),
                time,
                comment);
        byte[] bytes = codec.recordBytes(approval);
        byte[] cms = new DetachedSigner(key).sign(out -> out.write(bytes), time);
        return new SignedApproval(approval, codec.digestOf(approval), cms);
    }

    /** The certificate's common name, or its whole subject name when it has none. */
    static String commonName(final SigningKey key) {
        String subject = key.certificate().getSubjectX500Principal().getName();
        return commonName(subject);
    }

    static String commonName(final String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }
}
