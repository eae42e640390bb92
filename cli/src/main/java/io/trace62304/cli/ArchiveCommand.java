package io.trace62304.cli;

import io.trace62304.archive.ArchiveEntry;
import io.trace62304.archive.ArchiveManifest;
import io.trace62304.archive.ArchiveRequest;
import io.trace62304.archive.ReleaseArchiver;
import io.trace62304.report.ReportException;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 archive}: the release record of a baseline as one verifiable archive (5.8.7, 5.8.8). */
@Command(
        name = "archive",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the release record of a baseline as one self-contained archive (IEC 62304 5.8.7): the baseline,"
                    + " its signatures and approvals, the gate's outputs and every report the gate read (checked"
                    + " against the digests the baseline records), with a manifest of SHA-256 digests, optionally"
                    + " signed. Check it with 'baseline verify --archive'.",
            "Exit codes: 0 written; 1 the signature could not be made; 2 usage, or a record that does not verify or"
                    + " an input that changed since the gate read it."
        })
final class ArchiveCommand implements Callable<Integer> {
    static final int REFUSED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BASELINE")
    private Path baseline;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "TARGET",
            description = "The archive to write: a FILE.zip, or a new directory. An existing one is never replaced.")
    private Path out;

    @Option(
            names = "--outputs",
            paramLabel = "DIR",
            description = "The gate's output directory (report.html, findings.json, …); default: the baseline's.")
    private Path outputs;

    @Option(
            names = "--signatures",
            paramLabel = "FILE",
            description = "The baseline's signatures; default: signatures.json beside the baseline, if there.")
    private Path signatures;

    @Option(
            names = "--approvals",
            paramLabel = "FILE",
            description = "The baseline's approvals; default: approvals.json beside the baseline, if there.")
    private Path approvals;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Where the input paths the baseline records resolve (default: the working directory).")
    private Path workspace;

    @ArgGroup(exclusive = false, heading = "Signing the manifest (optional):%n")
    private KeyOptions key;

    @Override
    public Integer call() throws IOException, ReportException {
        Optional<SigningKey> signingKey = key == null ? Optional.empty() : Optional.of(key.load());
        ArchiveRequest request = new ArchiveRequest(
                baseline,
                Optional.ofNullable(outputs),
                Optional.ofNullable(signatures),
                Optional.ofNullable(approvals),
                workspace.toAbsolutePath());
        ArchiveManifest manifest;
        try {
            manifest = new ReleaseArchiver(signingKey, Instant.now()).write(request, out);
        } catch (SignatureException e) {
            spec.commandLine().getErr().println("trace62304: " + e.getMessage());
            return REFUSED;
        }
        long inputs = manifest.entries().stream()
                .filter(e -> e.role() == ArchiveEntry.Role.INPUT)
                .count();
        spec.commandLine()
                .getOut()
                .println("archived baseline " + manifest.baselineDigest() + ": "
                        + manifest.entries().size() + " file(s), " + inputs + " input(s), "
                        + manifest.omitted().size() + " input(s) not archived, manifest "
                        + signingKey
                                .map(k -> "signed by "
                                        + k.certificate()
                                                .getSubjectX500Principal()
                                                .getName())
                                .orElse("not signed")
                        + ": " + out);
        return Trace62304.OK;
    }
}
