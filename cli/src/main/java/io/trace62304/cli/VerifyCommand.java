package io.trace62304.cli;

import io.trace62304.approval.ApprovalVerifier;
import io.trace62304.approval.SignedApproval;
import io.trace62304.archive.ArchiveVerifier;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.pack.PackVerifier;
import io.trace62304.report.ReportException;
import io.trace62304.signature.BaselineSignatureVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 baseline verify}: a baseline's integrity, chain, signatures and approvals. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Recomputes the digest and checks the canonical form (and the chain with --previous, the signatures "
                    + "of the baseline and its artifacts with --signatures and --trust, the approvals with "
                    + "--approvals). With --archive, checks a release archive end to end instead (every byte of "
                    + "every file; with --trust also its signatures); a BASELINE given with it must be the one "
                    + "archived.",
            "Exit codes: 0 intact; 1 altered, broken chain, a signature or approval that does not hold; 2 usage."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BASELINE", arity = "0..1")
    private Path file;

    @Option(
            names = "--archive",
            paramLabel = "ARCHIVE",
            description = "A release archive (directory or .zip) written by 'trace62304 archive' to check.")
    private Path archive;

    @Option(names = "--previous", paramLabel = "BASELINE", description = "Check that FILE chains to this one.")
    private Path previous;

    @Option(
            names = "--pack",
            paramLabel = "DIR",
            description = "An evidence pack ('trace62304 pack'): its manifest is bound to BASELINE and every file"
                    + " matches it.")
    private Path pack;

    @Mixin
    private SignatureOptions signing;

    @Mixin
    private ApprovalOptions approving;

    @Override
    public Integer call() throws ReportException {
        if (archive != null) {
            return verifyArchive();
        }
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "give a BASELINE, or --archive");
        }
        if ((signing.signatures != null || approving.isRequested()) != (signing.trust != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--trust goes with --signatures or --approvals, and they need it");
        }
        List<String> problems = new ArrayList<>(new BaselineVerifier().verify(file, Optional.ofNullable(previous)));
        List<String> done = new ArrayList<>();
        Optional<String> baselineSigner = Optional.empty();
        if (pack != null) {
            add(
                    problems,
                    new PackVerifier()
                            .verify(pack, new BaselineCodec().read(file).digest()));
            done.add("evidence pack " + pack + " made from it, unchanged");
        }
        if (signing.signatures != null) {
            BaselineSignatureVerifier verifier = new BaselineSignatureVerifier(signing.trustPolicy());
            add(problems, verifier.verify(file, signing.signatures));
            baselineSigner = verifier.signerOf(signing.signatures);
            done.add("signed by a trusted signer");
        }
        if (approving.isRequested()) {
            if (approving.approvals == null) {
                throw new ParameterException(spec.commandLine(), "--require-approval needs --approvals");
            }
            ApprovalVerifier.Result result = new ApprovalVerifier(signing.trustPolicy())
                    .verify(file, approving.approvals, approving.requirement(), baselineSigner);
            add(problems, result.problems());
            result.valid().stream()
                    .map(SignedApproval::approval)
                    .forEach(a -> spec.commandLine().getOut().println("signature: " + a.manifestation()));
            done.add(result.valid().size() + " valid approval(s)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(file + ": intact" + (done.isEmpty() ? "" : ", " + String.join(", ", done)));
            return Trace62304.OK;
        }
        problems.forEach(spec.commandLine().getErr()::println);
        return BaselineCommand.ALTERED;
    }

    private int verifyArchive() throws ReportException {
        if (signing.signatures != null || approving.isRequested() || previous != null) {
            throw new ParameterException(
                    spec.commandLine(), "--archive checks the signatures and approvals it holds; give only --trust");
        }
        ArchiveVerifier.Result result = new ArchiveVerifier(
                        signing.trust == null ? Optional.empty() : Optional.of(signing.trustPolicy()))
                .verify(archive);
        List<String> problems = new ArrayList<>(result.problems());
        if (file != null && result.manifest().isPresent()) {
            String digest =
                    new io.trace62304.baseline.BaselineCodec().read(file).digest();
            if (!digest.equals(result.manifest().get().baselineDigest())) {
                problems.add("the archive holds baseline "
                        + result.manifest().get().baselineDigest() + ", not " + file + " (" + digest + ")");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        result.notes().forEach(note -> out.println("note: " + note));
        if (problems.isEmpty()) {
            out.println(archive + ": intact, "
                    + result.manifest().orElseThrow().entries().size() + " file(s)");
            return Trace62304.OK;
        }
        problems.forEach(spec.commandLine().getErr()::println);
        return BaselineCommand.ALTERED;
    }

    private static void add(final List<String> problems, final List<String> more) {
        more.stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
    }
}
