package io.trace62304.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.report.ReportException;
import io.trace62304.report.Sha256;
import io.trace62304.signature.BaselineSigner;
import io.trace62304.signature.SignatureSetCodec;
import io.trace62304.signature.SigningKey;
import io.trace62304.signature.TrustPolicy;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release archive (5.8.7): what it holds, that it verifies, and that any changed byte of any file is found. */
class ReleaseArchiveTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String JUNIT =
            "<testsuite name=\"pump\" tests=\"1\"><testcase name=\"PUMP-20 rate\"/></testsuite>\n";

    @TempDir
    Path temp;

    private final TestPki authority = TestPki.authority("Pump Release CA");
    private final TestPki.Identity releaser = authority.issue("Pump Release Manager");
    private Path workspace;
    private Path gateOut;
    private Path baseline;

    @BeforeEach
    void releaseRecord() throws IOException {
        workspace = Files.createDirectories(temp.resolve("ws"));
        Path report = Files.writeString(
                Files.createDirectories(workspace.resolve("target/surefire")).resolve("TEST-pump.xml"), JUNIT);
        gateOut = Files.createDirectories(temp.resolve("out"));
        Files.writeString(gateOut.resolve("report.html"), "<!doctype html><title>gate</title>");
        Files.writeString(gateOut.resolve("findings.json"), "{\"findings\":[]}");
        Files.writeString(gateOut.resolve("report.html.tmp"), "left over by a crash");
        BuildInfo build = new BuildInfo("pump", "42", "", BaselineBuilder.IDENTIFIED.revisions(), List.of(), List.of());
        BaselineCodec codec = new BaselineCodec();
        baseline = gateOut.resolve("baseline.json");
        codec.write(
                codec.seal(BaselineBuilder.baseline()
                        .build(build)
                        .input("target/surefire/TEST-pump.xml", "junit", Sha256.of(report))
                        .input("items.yaml", "items", "")
                        .assemble()),
                baseline);
    }

    private ArchiveManifest archive(final Path target, final boolean signed) throws Exception {
        Optional<SigningKey> key =
                signed ? Optional.of(new SigningKey(releaser.key(), releaser.chain())) : Optional.empty();
        return new ReleaseArchiver(key, NOW)
                .write(
                        new ArchiveRequest(baseline, Optional.empty(), Optional.empty(), Optional.empty(), workspace),
                        target);
    }

    private TrustPolicy trust(final TestPki ca) {
        return new TrustPolicy("trust.pem", List.of(ca.authorityIdentity().certificate()), List.of());
    }

    private ArchiveVerifier.Result verify(final Path archive) {
        return new ArchiveVerifier(Optional.empty()).verify(archive);
    }

    @Test
    void shouldHoldTheBaselineItsOutputsAndEveryInputItRecords() throws Exception {
        ArchiveManifest manifest = archive(temp.resolve("release-42"), false);

        assertThat(manifest.entries())
                .extracting(ArchiveEntry::path)
                .containsExactly(
                        "record/baseline.json",
                        "outputs/findings.json",
                        "outputs/report.html",
                        "inputs/001-TEST-pump.xml");
        assertThat(manifest.entry("inputs/001-TEST-pump.xml").orElseThrow().recordedAs())
                .isEqualTo("target/surefire/TEST-pump.xml");
        assertThat(manifest.baselineDigest())
                .isEqualTo(new BaselineCodec().read(baseline).digest());
        assertThat(manifest.omitted())
                .extracting(ArchiveManifest.Omitted::recordedAs)
                .contains("items.yaml");
        assertThat(Files.readString(temp.resolve("release-42/inputs/001-TEST-pump.xml")))
                .isEqualTo(JUNIT);

        ArchiveVerifier.Result result = verify(temp.resolve("release-42"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).anyMatch(note -> note.startsWith("the manifest is not signed"));
    }

    @Test
    void shouldWriteTheSameZipBytesForTheSameRecord() throws Exception {
        archive(temp.resolve("a.zip"), false);
        archive(temp.resolve("b.zip"), false);

        assertThat(Files.readAllBytes(temp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(temp.resolve("b.zip")));
        assertThat(verify(temp.resolve("a.zip")).problems()).isEmpty();
    }

    @Test
    void shouldFindAChangedByteInAnyFileOfADirectoryArchive() throws Exception {
        Path archive = temp.resolve("release-42");
        archive(archive, true);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(6);
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            for (int at : new int[] {0, original.length / 2, original.length - 1}) {
                byte[] changed = original.clone();
                changed[at] ^= 0x01;
                Files.write(file, changed);
                assertThat(new ArchiveVerifier(Optional.of(trust(authority)))
                                .verify(archive)
                                .problems())
                        .as("byte %d of %s", at, archive.relativize(file))
                        .isNotEmpty();
            }
            Files.write(file, original);
        }
        assertThat(new ArchiveVerifier(Optional.of(trust(authority)))
                        .verify(archive)
                        .problems())
                .isEmpty();
    }

    @Test
    void shouldFindAChangedByteInAnyEntryOfAZipArchive() throws Exception {
        Path archive = temp.resolve("release-42.zip");
        archive(archive, false);
        List<String> names;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            names = zip.stream().map(ZipEntry::getName).toList();
        }
        for (String name : names) {
            Path changed = rewrite(archive, name, bytes -> bytes[bytes.length / 2] ^= 0x20);
            assertThat(verify(changed).problems()).as(name).isNotEmpty();
        }
    }

    @Test
    void shouldTellAConsistentEditFromASignedManifestOnly() throws Exception {
        Path unsigned = temp.resolve("unsigned");
        archive(unsigned, false);
        editReportAndManifest(unsigned);
        ArchiveVerifier.Result quiet = verify(unsigned);
        assertThat(quiet.problems()).isEmpty();
        assertThat(quiet.notes()).anyMatch(note -> note.contains("a deliberate edit of a file together with"));
        assertThat(new ArchiveVerifier(Optional.of(trust(authority)))
                        .verify(unsigned)
                        .problems())
                .contains("the manifest is not signed (archive-manifest.p7s is missing)");

        Path signed = temp.resolve("signed");
        archive(signed, true);
        editReportAndManifest(signed);
        assertThat(new ArchiveVerifier(Optional.of(trust(authority)))
                        .verify(signed)
                        .problems())
                .anyMatch(problem -> problem.startsWith("the manifest's signature: "));
    }

    private static void editReportAndManifest(final Path archive) throws IOException {
        Path report = archive.resolve("outputs/report.html");
        String before = Sha256.of(report);
        Files.writeString(report, "<!doctype html><title>PASS</title>");
        Path manifest = archive.resolve(ArchiveManifest.FILE);
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace(before, Sha256.of(report))
                        .replace("\"size\":35", "\"size\":" + Files.size(report)));
    }

    @Test
    void shouldRefuseAnUntrustedManifestSigner() throws Exception {
        Path archive = temp.resolve("release-42");
        archive(archive, true);

        assertThat(new ArchiveVerifier(Optional.of(trust(TestPki.authority("Elsewhere"))))
                        .verify(archive)
                        .problems())
                .anyMatch(
                        problem -> problem.startsWith("the manifest's signature: the signer CN=Pump Release Manager"));
    }

    @Test
    void shouldFindAddedRemovedAndLinkedFiles() throws Exception {
        Path archive = temp.resolve("release-42");
        archive(archive, false);
        Files.writeString(archive.resolve("outputs/extra.txt"), "not in the record");
        Files.delete(archive.resolve("outputs/findings.json"));
        Files.createSymbolicLink(archive.resolve("outputs/link.html"), temp.resolve("out/report.html"));

        assertThat(verify(archive).problems())
                .contains(
                        "outputs/extra.txt is in the archive but not in its manifest",
                        "outputs/findings.json is in the manifest but not in the archive",
                        "outputs/link.html is a symbolic link");
    }

    @Test
    void shouldRefuseEntryNamesThatLeaveTheArchive() throws Exception {
        Path archive = temp.resolve("release-42.zip");
        archive(archive, false);
        Path hostile = rewriteWithExtra(archive, "../../evil.sh");

        assertThat(verify(hostile).problems())
                .contains("entry '../../evil.sh' has a name a release archive does not use");
        assertThat(temp.resolve("evil.sh")).doesNotExist();
    }

    @Test
    void shouldFindAnInputTheBaselineRecordsButTheArchiveDropped() throws Exception {
        Path archive = temp.resolve("release-42");
        archive(archive, false);
        Files.delete(archive.resolve("inputs/001-TEST-pump.xml"));
        Path manifest = archive.resolve(ArchiveManifest.FILE);
        ArchiveManifest read = new ArchiveManifestCodec().read(Files.readAllBytes(manifest), "manifest");
        ArchiveManifest dropped = new ArchiveManifest(
                read.baselineDigest(),
                read.entries().stream()
                        .filter(e -> e.role() != ArchiveEntry.Role.INPUT)
                        .toList(),
                read.omitted());
        Files.write(manifest, new ArchiveManifestCodec().bytes(dropped));

        assertThat(verify(archive).problems())
                .anyMatch(p -> p.startsWith("the baseline records input target/surefire/TEST-pump.xml (sha256 ")
                        && p.endsWith("which the archive does not hold"));
    }

    @Test
    void shouldCheckTheBaselinesSignaturesWithTheTrustGiven() throws Exception {
        new SignatureSetCodec();
        Path signatures = gateOut.resolve("signatures.json");
        Files.write(
                signatures,
                new SignatureSetCodec()
                        .bytes(new BaselineSigner(new SigningKey(releaser.key(), releaser.chain()))
                                .sign(baseline, workspace, NOW)));
        Path archive = temp.resolve("release-42");
        ArchiveManifest manifest = archive(archive, true);

        assertThat(manifest.first(ArchiveEntry.Role.SIGNATURES)).isPresent();
        assertThat(new ArchiveVerifier(Optional.of(trust(authority)))
                        .verify(archive)
                        .problems())
                .isEmpty();
        assertThat(verify(archive).notes())
                .contains("the baseline's signatures and approvals were not checked: give a trust file");
    }

    @Test
    void shouldRefuseToArchiveWhatDoesNotHold() throws Exception {
        Files.writeString(workspace.resolve("target/surefire/TEST-pump.xml"), JUNIT.replace("rate", "RATE"));
        assertThatThrownBy(() -> archive(temp.resolve("changed"), false))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("TEST-pump.xml")
                .hasMessageContaining("changed since the gate read it");
        assertThat(temp.resolve("changed")).doesNotExist();

        Files.writeString(workspace.resolve("target/surefire/TEST-pump.xml"), JUNIT);
        Files.createDirectories(temp.resolve("exists"));
        assertThatThrownBy(() -> archive(temp.resolve("exists"), false)).isInstanceOf(FileAlreadyExistsException.class);

        Files.writeString(baseline, Files.readString(baseline).replace("\"42\"", "\"43\""));
        assertThatThrownBy(() -> archive(temp.resolve("tampered"), false))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("will not archive a baseline that does not verify");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @FunctionalInterface
    private interface Edit {
        void apply(byte[] bytes);
    }

    /** A copy of a ZIP archive with one entry's bytes edited (the manifest left as it was). */
    private Path rewrite(final Path zip, final String name, final Edit edit) throws IOException {
        Path copy = temp.resolve("edited-" + name.replace('/', '_') + ".zip");
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    edit.apply(bytes);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private Path rewriteWithExtra(final Path zip, final String extra) throws IOException {
        Path copy = rewrite(zip, "", bytes -> {});
        Path hostile = temp.resolve("hostile.zip");
        try (ZipFile in = new ZipFile(copy.toFile());
                OutputStream file = Files.newOutputStream(hostile);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(extra));
            out.write("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return hostile;
    }
}
