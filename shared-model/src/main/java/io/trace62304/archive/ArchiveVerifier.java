package io.trace62304.archive;

import io.trace62304.approval.ApprovalRequirement;
import io.trace62304.approval.ApprovalVerifier;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.InputFile;
import io.trace62304.report.ReportException;
import io.trace62304.report.Sha256;
import io.trace62304.signature.BaselineSignatureVerifier;
import io.trace62304.signature.DetachedSignatureVerifier;
import io.trace62304.signature.SignatureCheck;
import io.trace62304.signature.TrustPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a release archive end to end: every file the manifest names is there with its size and SHA-256 and
 * nothing else is; the manifest's signature, when there is one, is valid and trusted; the baseline is intact and is
 * the one the manifest names; every input the baseline records a digest of is in the archive with that digest; the
 * baseline's signatures and approvals hold under the trust policy. Any changed byte of any file is a problem.
 */
public final class ArchiveVerifier {
    /** The record files (baseline, signatures, approvals) are read whole; larger ones are not ours. */
    private static final long MAX_RECORD_BYTES = 64L << 20;

    private final Optional<TrustPolicy> trust;

    /** @param trust whose signatures count; without it signatures are reported as not checked */
    public ArchiveVerifier(final Optional<TrustPolicy> trust) {
        this.trust = trust;
    }

    /** What was found wrong (empty when the archive holds), and what was not checked. */
    public record Result(List<String> problems, List<String> notes, Optional<ArchiveManifest> manifest) {
        public Result {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Result verify(final Path archive) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ArchiveSource source = ArchiveSource.open(archive)) {
            problems.addAll(source.problems());
            Map<String, Long> files = source.files();
            if (!files.containsKey(ArchiveManifest.FILE)) {
                problems.add("no " + ArchiveManifest.FILE + ": not a release archive");
                return new Result(problems, notes, Optional.empty());
            }
            byte[] manifestBytes = read(source, ArchiveManifest.FILE, files);
            ArchiveManifest manifest = new ArchiveManifestCodec().read(manifestBytes, ArchiveManifest.FILE);
            checkFiles(source, files, manifest, problems);
            checkManifestSignature(source, files, manifestBytes, problems, notes);
            checkRecord(source, files, manifest, problems, notes);
            manifest.omitted().forEach(o -> notes.add("not archived: " + o.recordedAs() + " (" + o.reason() + ")"));
            return new Result(problems, notes, Optional.of(manifest));
        } catch (ReportException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            problems.add(archive + ": cannot read the archive: " + e.getMessage());
        }
        return new Result(problems, notes, Optional.empty());
    }

    private static void checkFiles(
            final ArchiveSource source,
            final Map<String, Long> files,
            final ArchiveManifest manifest,
            final List<String> problems)
            throws IOException {
        for (ArchiveEntry entry : manifest.entries()) {
            if (!files.containsKey(entry.path())) {
                problems.add(entry.path() + " is in the manifest but not in the archive");
                continue;
            }
            Hashed actual = hash(source, entry.path(), entry.size());
            if (actual.size() != entry.size()) {
                problems.add(entry.path() + " has " + (actual.size() > entry.size() ? "more than " : "") + actual.size()
                        + " bytes, the manifest records " + entry.size());
            } else if (!actual.sha256().equals(entry.sha256())) {
                problems.add(entry.path() + " was changed: sha256 " + actual.sha256() + ", the manifest records "
                        + entry.sha256());
            }
        }
        files.keySet().stream()
                .filter(path -> manifest.entry(path).isEmpty())
                .filter(path -> !path.equals(ArchiveManifest.FILE) && !path.equals(ArchiveManifest.SIGNATURE))
                .forEach(path -> problems.add(path + " is in the archive but not in its manifest"));
    }

    private void checkManifestSignature(
            final ArchiveSource source,
            final Map<String, Long> files,
            final byte[] manifestBytes,
            final List<String> problems,
            final List<String> notes)
            throws IOException, ReportException {
        if (!files.containsKey(ArchiveManifest.SIGNATURE)) {
            if (trust.isPresent()) {
                problems.add("the manifest is not signed (" + ArchiveManifest.SIGNATURE + " is missing)");
            } else {
                notes.add("the manifest is not signed: damage is detected, a deliberate edit of a file together with"
                        + " the manifest is not, for files the baseline digest does not cover");
            }
            return;
        }
        if (trust.isEmpty()) {
            notes.add("the manifest is signed; give a trust file to check who signed it");
            return;
        }
        SignatureCheck check = new DetachedSignatureVerifier()
                .verify(read(source, ArchiveManifest.SIGNATURE, files), "sha256:" + Sha256.of(manifestBytes));
        check.problems().forEach(problem -> problems.add("the manifest's signature: " + problem));
        if (check.isValid()) {
            trust.get().check(check).forEach(problem -> problems.add("the manifest's signature: " + problem));
        }
    }

    private void checkRecord(
            final ArchiveSource source,
            final Map<String, Long> files,
            final ArchiveManifest manifest,
            final List<String> problems,
            final List<String> notes)
            throws IOException, ReportException {
        Path scratch = Files.createTempDirectory("trace62304-archive");
        try {
            Path baseline = extract(source, files, manifest.baseline(), scratch);
            if (baseline == null) {
                return;
            }
            List<String> broken = new BaselineVerifier().verify(baseline, Optional.empty());
            broken.forEach(problem -> problems.add("the baseline: " + problem));
            if (!broken.isEmpty()) {
                return;
            }
            SealedBaseline sealed = new BaselineCodec().read(baseline);
            if (!sealed.digest().equals(manifest.baselineDigest())) {
                problems.add("the archive's baseline has digest " + sealed.digest() + ", the manifest names "
                        + manifest.baselineDigest());
            }
            checkInputs(sealed, manifest, problems);
            Optional<ArchiveEntry> signatures = manifest.first(ArchiveEntry.Role.SIGNATURES);
            Optional<ArchiveEntry> approvals = manifest.first(ArchiveEntry.Role.APPROVALS);
            if (trust.isEmpty()) {
                if (signatures.isPresent() || approvals.isPresent()) {
                    notes.add("the baseline's signatures and approvals were not checked: give a trust file");
                }
                return;
            }
            Optional<String> signer = Optional.empty();
            if (signatures.isPresent()) {
                Path file = extract(source, files, signatures.get(), scratch);
                if (file != null) {
                    BaselineSignatureVerifier verifier = new BaselineSignatureVerifier(trust.get());
                    verifier.verify(baseline, file).forEach(p -> problems.add("the baseline's signatures: " + p));
                    signer = verifier.signerOf(file);
                }
            }
            if (approvals.isPresent()) {
                Path file = extract(source, files, approvals.get(), scratch);
                if (file != null) {
                    new ApprovalVerifier(trust.get())
                            .verify(baseline, file, ApprovalRequirement.NONE, signer)
                            .problems()
                            .forEach(p -> problems.add("the approvals: " + p));
                }
            }
        } finally {
            delete(scratch);
        }
    }

    private static void checkInputs(
            final SealedBaseline sealed, final ArchiveManifest manifest, final List<String> problems) {
        List<ArchiveEntry> archived = manifest.entries().stream()
                .filter(e -> e.role() == ArchiveEntry.Role.INPUT)
                .toList();
        for (InputFile input : sealed.baseline().inputs()) {
            if (!input.sha256().isEmpty()
                    && archived.stream()
                            .noneMatch(e -> e.recordedAs().equals(input.path())
                                    && e.sha256().equals(input.sha256()))) {
                problems.add("the baseline records input " + input.path() + " (sha256 " + input.sha256()
                        + "), which the archive does not hold");
            }
        }
        for (ArchiveEntry entry : archived) {
            if (sealed.baseline().inputs().stream()
                    .noneMatch(i ->
                            i.path().equals(entry.recordedAs()) && i.sha256().equals(entry.sha256()))) {
                problems.add(entry.path() + " is not an input the baseline records");
            }
        }
    }

    /** Copies an entry the manifest vouches for into the scratch directory; null (and nothing) when too large. */
    private static Path extract(
            final ArchiveSource source, final Map<String, Long> files, final ArchiveEntry entry, final Path scratch)
            throws IOException, ReportException {
        Path file = scratch.resolve(entry.path().replace('/', '_'));
        Files.write(file, read(source, entry.path(), files));
        return file;
    }

    private static byte[] read(final ArchiveSource source, final String path, final Map<String, Long> files)
            throws IOException, ReportException {
        if (!files.containsKey(path)) {
            throw new ReportException(Path.of(path), "is missing from the archive");
        }
        try (InputStream in = source.open(path)) {
            byte[] bytes = in.readNBytes((int) MAX_RECORD_BYTES + 1);
            if (bytes.length > MAX_RECORD_BYTES) {
                throw new ReportException(Path.of(path), "is larger than " + (MAX_RECORD_BYTES >> 20) + " MiB");
            }
            return bytes;
        }
    }

    private record Hashed(String sha256, long size) {}

    /** Hashes at most one byte more than expected, so a ZIP bomb is not inflated. */
    private static Hashed hash(final ArchiveSource source, final String path, final long expected) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = source.open(path)) {
            long limit = expected + 1;
            for (int n; size < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - size))) >= 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static void delete(final Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
