package io.trace62304.archive;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.InputFile;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import io.trace62304.signature.DetachedSigner;
import io.trace62304.signature.SignatureException;
import io.trace62304.signature.SignatureSetCodec;
import io.trace62304.signature.SigningKey;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the release archive of one sealed baseline (5.8.7): the baseline, its signatures and approvals under
 * {@code record/}, the gate's outputs under {@code outputs/}, and every input the baseline records a digest of under
 * {@code inputs/}, each read again and checked against that digest, so the archive holds exactly the evidence the
 * gate decided on. A baseline that does not verify, or an input that changed since, is refused: an archive is only
 * written complete.
 */
public final class ReleaseArchiver {
    private static final Set<String> RECORD_FILES =
            Set.of("baseline.json", ArchiveRequest.SIGNATURES, ArchiveRequest.APPROVALS);

    private final Optional<SigningKey> key;
    private final Instant time;

    /**
     * @param key  signs the manifest when present
     * @param time the signing time
     */
    public ReleaseArchiver(final Optional<SigningKey> key, final Instant time) {
        this.key = key;
        this.time = time;
    }

    /** Writes the archive to {@code target} (a new directory, or a {@code .zip} file) and returns its manifest. */
    public ArchiveManifest write(final ArchiveRequest request, final Path target)
            throws ReportException, IOException, SignatureException {
        List<String> problems = new BaselineVerifier().verify(request.baseline(), Optional.empty());
        if (!problems.isEmpty()) {
            throw new ReportException(
                    request.baseline(), "will not archive a baseline that does not verify: " + problems.get(0));
        }
        SealedBaseline sealed = new BaselineCodec().read(request.baseline());
        List<Staged> staged = new ArrayList<>();
        staged.add(new Staged("record/baseline.json", ArchiveEntry.Role.BASELINE, request.baseline(), ""));
        Optional<Path> signatures = request.signaturesFile();
        if (signatures.isPresent()) {
            String signed = new SignatureSetCodec().read(signatures.get()).baselineDigest();
            if (!signed.equals(sealed.digest())) {
                throw new ReportException(
                        signatures.get(), "holds the signatures of baseline " + signed + ", not of " + sealed.digest());
            }
            staged.add(new Staged(
                    "record/" + ArchiveRequest.SIGNATURES, ArchiveEntry.Role.SIGNATURES, signatures.get(), ""));
        }
        request.approvalsFile()
                .ifPresent(file -> staged.add(
                        new Staged("record/" + ArchiveRequest.APPROVALS, ArchiveEntry.Role.APPROVALS, file, "")));
        staged.addAll(outputs(request.outputDirectory()));
        List<ArchiveManifest.Omitted> omitted = new ArrayList<>();
        staged.addAll(inputs(sealed, request.workspace(), omitted));

        List<ArchiveEntry> entries = new ArrayList<>();
        for (Staged file : staged) {
            regular(file.source());
            entries.add(new ArchiveEntry(
                    file.path(), file.role(), Sha256.of(file.source()), Files.size(file.source()), file.recordedAs()));
        }
        ArchiveManifest manifest = new ArchiveManifest(sealed.digest(), entries, omitted);
        byte[] manifestBytes = new ArchiveManifestCodec().bytes(manifest);
        try (ArchiveWriter writer = ArchiveWriter.to(target)) {
            for (Staged file : staged) {
                writer.add(file.path(), file.source());
            }
            writer.add(ArchiveManifest.FILE, manifestBytes);
            if (key.isPresent()) {
                writer.add(
                        ArchiveManifest.SIGNATURE,
                        new DetachedSigner(key.get()).sign(out -> out.write(manifestBytes), time));
            }
            writer.commit();
        }
        return manifest;
    }

    private static List<Staged> outputs(final Path directory) throws IOException {
        List<Staged> outputs = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return outputs;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && !RECORD_FILES.contains(name)
                        && !name.startsWith(".")
                        && !name.toLowerCase(Locale.ROOT).endsWith(".tmp")
                        && ArchivePaths.isSafe(name)) {
                    outputs.add(new Staged("outputs/" + name, ArchiveEntry.Role.OUTPUT, file, ""));
                }
            }
        }
        outputs.sort(java.util.Comparator.comparing(Staged::path));
        return outputs;
    }

    private static List<Staged> inputs(
            final SealedBaseline sealed, final Path workspace, final List<ArchiveManifest.Omitted> omitted)
            throws ReportException, IOException {
        List<Staged> inputs = new ArrayList<>();
        List<InputFile> recorded = sealed.baseline().inputs();
        for (int i = 0; i < recorded.size(); i++) {
            InputFile input = recorded.get(i);
            if (input.sha256().isEmpty()) {
                omitted.add(new ArchiveManifest.Omitted(
                        input.path(),
                        input.isReadable()
                                ? "the baseline records no digest of it (not a file the gate hashed)"
                                : "the gate could not read it: " + input.problem()));
                continue;
            }
            Path file = workspace.resolve(input.path());
            if (!Files.isRegularFile(file)) {
                throw new ReportException(
                        file,
                        "the baseline records this input (sha256 " + input.sha256()
                                + ") but it is not a file here; archive from the build's workspace (--workspace)");
            }
            ReportLimits.DEFAULT.checkFile(file);
            String digest = Sha256.of(file);
            if (!digest.equals(input.sha256())) {
                throw new ReportException(
                        file,
                        "changed since the gate read it: sha256 " + digest + ", the baseline records "
                                + input.sha256());
            }
            String name = String.format(
                    Locale.ROOT,
                    "inputs/%03d-%s",
                    i + 1,
                    ArchivePaths.safeName(file.getFileName().toString()));
            inputs.add(new Staged(name, ArchiveEntry.Role.INPUT, file, input.path()));
        }
        return inputs;
    }

    private static void regular(final Path file) throws ReportException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(file, "is not a regular file");
        }
    }

    private record Staged(String path, ArchiveEntry.Role role, Path source, String recordedAs) {}
}
