package io.trace62304.release;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.report.ReportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A gate run kept on disk (a CI server's build record): its sealed baseline, verified, and the gate re-evaluated
 * from it with the policy kept beside it. The re-evaluation must reproduce the recorded verdict and policy
 * digest; anything else means the record was altered, and it is refused.
 */
public final class StoredRelease {
    private StoredRelease() {}

    /**
     * @param directory the outputs of a {@link GateJob} run
     * @throws ReportException if the baseline is missing, altered or does not reproduce its verdict
     */
    public static ReleaseOutcome load(final Path directory) throws ReportException {
        Path file = directory.resolve(ReleaseOutputs.BASELINE);
        List<String> problems = new BaselineVerifier().verify(file, Optional.empty());
        if (!problems.isEmpty()) {
            throw new ReportException(file, String.join("; ", problems));
        }
        SealedBaseline sealed = new BaselineCodec().read(file);
        Path policyFile = directory.resolve(GateJob.POLICY);
        PolicyLoader loader = new PolicyLoader();
        Policy policy = Files.isRegularFile(policyFile) ? loader.load(policyFile) : loader.defaults();
        GateResult gate = new ReleaseGate(policy).evaluate(sealed.baseline(), previous(directory));
        String recorded = sealed.baseline().gate().verdict();
        if (!gate.verdict().name().equals(recorded)
                || !policy.sha256().equals(sealed.baseline().gate().policySha256())) {
            throw new ReportException(
                    file,
                    "re-evaluating the gate gives " + gate.verdict() + " under policy "
                            + policy.sha256() + ", but the baseline records " + recorded + " under "
                            + sealed.baseline().gate().policySha256() + ": the record was altered");
        }
        return new ReleaseOutcome(sealed, gate, List.of());
    }

    /** The previous baseline the run was given (kept beside the outputs), which the gate read too. */
    private static Optional<SealedBaseline> previous(final Path directory) throws ReportException {
        Path file = directory.resolve(GateJob.PREVIOUS);
        if (!Files.isRegularFile(file)
                || !new BaselineVerifier().verify(file, Optional.empty()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BaselineCodec().read(file));
    }
}
