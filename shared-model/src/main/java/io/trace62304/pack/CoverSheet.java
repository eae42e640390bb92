package io.trace62304.pack;

import io.trace62304.render.Html;
import java.util.List;

/**
 * {@code index}: the cover sheet of the pack: the release, its gate decision and baseline digest, and each document
 * with what it answers, linked by relative name (HTML and PDF side by side).
 */
final class CoverSheet implements PackDocument {
    private final List<PackDocument> documents;

    CoverSheet(final List<PackDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String title() {
        return "Evidence pack";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.8";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        html.element(
                "p",
                "The documents a supplier assessment asks for, made from one sealed configuration baseline. Check"
                        + " any file against pack-manifest.json, and the baseline with 'trace62304 baseline verify'.");
        html.open("table")
                .open("thead")
                .headerRow("Document", "Answers", "File")
                .close("thead")
                .open("tbody");
        for (PackDocument document : documents) {
            html.open("tr")
                    .element("td", document.title())
                    .element("td", document.clauses())
                    .open("td")
                    .link(document.name() + ".html", document.name() + ".html")
                    .text(" · ")
                    .link(document.name() + ".pdf", document.name() + ".pdf")
                    .close("td")
                    .close("tr")
                    .markup("\n");
        }
        html.row("Software bill of materials (CycloneDX 1.6 with VEX)", "IEC 62304 8.1.2, 7.1.3", EvidencePack.SBOM);
        html.row(
                "Manifest of SHA-256 digests bound to the baseline digest",
                "IEC 62304 5.8.7, 5.8.8",
                PackManifest.FILE);
        html.close("tbody").close("table").markup("\n");
    }
}
