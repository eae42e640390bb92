package io.trace62304.cli;

import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.report.ReportException;
import io.trace62304.signature.BaselineSignatureVerifier;
import io.trace62304.signature.TrustPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 baseline verify|diff}: check a baseline's integrity, or explain what changed. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description = "Verify or compare baselines.",
        subcommands = {BaselineCommand.Verify.class, BaselineCommand.Diff.class})
final class BaselineCommand {
    /** Exit code of verify when the baseline was altered. */
    static final int ALTERED = 1;

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recomputes the digest and checks the canonical form (and the chain with --previous, the signatures "
                        + "of the baseline and its artifacts and their signers with --signatures and --trust).",
                "Exit codes: 0 intact; 1 altered or broken chain; 2 usage."
            })
    static final class Verify implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "BASELINE")
        private Path file;

        @Option(names = "--previous", paramLabel = "BASELINE", description = "Check that FILE chains to this one.")
        private Path previous;

        @Option(
                names = "--signatures",
                paramLabel = "FILE",
                description = "Check the signatures of the baseline and its artifacts (needs --trust).")
        private Path signatures;

        @Option(
                names = "--trust",
                paramLabel = "FILE",
                description = "PEM certificates whose signers are trusted: signers' certificates or their CAs.")
        private Path trust;

        @Option(
                names = "--signer",
                paramLabel = "NAME",
                description = "A signer the policy accepts: sha256:FINGERPRINT of the certificate, or its subject "
                        + "name (repeatable; default: any the trust file trusts).")
        private List<String> signers = new ArrayList<>();

        @Override
        public Integer call() throws ReportException {
            if (signatures != null && trust == null || trust != null && signatures == null) {
                throw new ParameterException(spec.commandLine(), "--signatures and --trust go together");
            }
            List<String> problems = new ArrayList<>(new BaselineVerifier().verify(file, Optional.ofNullable(previous)));
            if (signatures != null) {
                new BaselineSignatureVerifier(TrustPolicy.read(trust, signers))
                        .verify(file, signatures).stream()
                                .filter(problem -> !problems.contains(problem))
                                .forEach(problems::add);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                out.println(file + ": intact" + (signatures == null ? "" : ", signed by a trusted signer"));
                return Trace62304.OK;
            }
            problems.forEach(spec.commandLine().getErr()::println);
            return ALTERED;
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = {
                "Explains what changed from baseline A to baseline B: items, states, SOUP versions, "
                        + "vulnerabilities, test outcomes, coverage.",
                "Exit codes: 0 no change; 1 changes; 2 usage."
            })
    static final class Diff implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A")
        private Path before;

        @Parameters(index = "1", paramLabel = "B")
        private Path after;

        @Override
        public Integer call() throws ReportException {
            BaselineCodec codec = new BaselineCodec();
            List<BaselineChange> changes = BaselineDiff.between(
                    codec.read(before).baseline(), codec.read(after).baseline());
            PrintWriter out = spec.commandLine().getOut();
            changes.forEach(change -> out.println(change.describe()));
            out.println(changes.size() + " change(s)");
            return changes.isEmpty() ? Trace62304.OK : ALTERED;
        }
    }
}
