package io.trace62304.pack;

import io.trace62304.render.SbomVersion;
import io.trace62304.render.SbomWriter;
import io.trace62304.report.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the evidence pack into one directory: each document as HTML and as PDF, the SBOM, and {@code pack-manifest.json}
 * last, with every file's SHA-256 bound to the baseline digest. Every byte depends on the inputs only.
 */
public final class EvidencePack {
    public static final String SBOM = "sbom.cdx.json";

    static final List<PackDocument> DOCUMENTS = List.of(
            new RequirementsDocument(),
            new TraceabilityMatrix(),
            new SoupList(),
            new AnomalyListDocument(),
            new ReleaseNotes(),
            new DevelopmentPlan());

    private final SbomVersion sbomVersion;

    /** A pack with the SBOM in CycloneDX 1.6. */
    public EvidencePack() {
        this(SbomVersion.DEFAULT);
    }

    /** @param sbomVersion the CycloneDX version of the pack's {@code sbom.cdx.json} */
    public EvidencePack(final SbomVersion sbomVersion) {
        this.sbomVersion = java.util.Objects.requireNonNull(sbomVersion);
    }

    /** Writes the pack; returns its manifest. */
    public PackManifest write(final PackContent content, final Path directory) throws IOException {
        Files.createDirectories(directory);
        List<PackManifest.Entry> files = new ArrayList<>();
        List<PackDocument> documents = new ArrayList<>(DOCUMENTS);
        documents.add(0, new CoverSheet(DOCUMENTS));
        for (PackDocument document : documents) {
            String page = PackPage.render(document, content);
            files.add(write(directory, document.name() + ".html", page.getBytes(StandardCharsets.UTF_8)));
            files.add(write(
                    directory,
                    document.name() + ".pdf",
                    PdfDocument.render(page, document.title(), content.sealed().digest(), document.name())));
        }
        files.add(write(
                directory,
                SBOM,
                new SbomWriter(sbomVersion).write(content.sealed()).getBytes(StandardCharsets.UTF_8)));
        PackManifest manifest = PackManifest.of(content.sealed(), files);
        AtomicFiles.write(directory.resolve(PackManifest.FILE), manifest.bytes());
        return manifest;
    }

    private static PackManifest.Entry write(final Path directory, final String name, final byte[] bytes)
            throws IOException {
        AtomicFiles.write(directory.resolve(name), bytes);
        return PackManifest.Entry.of(name, bytes);
    }
}
