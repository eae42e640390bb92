package io.trace62304.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's PDFs, read back with PDFBox: the text is there (CJK and supplementary-plane too), every font embedded. */
class PackPdfTest {
    @TempDir
    static Path temp;

    private static Path pack;

    @BeforeAll
    static void writePack() throws Exception {
        pack = EvidencePackTest.pack(temp, Optional.empty());
    }

    @Test
    void shouldRenderCjkAndSupplementaryPlaneTextWithAnEmbeddedFont() throws IOException {
        try (PDDocument srs = Loader.loadPDF(pack.resolve("srs.pdf").toFile())) {
            String text = new PDFTextStripper().getText(srs);

            assertThat(text)
                    .contains("Software requirements specification")
                    .contains("MED-21 日本語の警告を表示する")
                    .contains("ポンプは上限を超えるボーラスを拒否する。")
                    .contains("𠀋") // U+2000B, CJK Extension B
                    .contains("𩸽") // U+29E3D
                    .contains("The pump shall refuse any bolus above the drug library's hard limit");
            assertThat(fonts(srs))
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void shouldShowHostileTextAsTextInThePdf() throws IOException {
        try (PDDocument srs = Loader.loadPDF(pack.resolve("srs.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(srs))
                    .contains("Hostile text <script>alert(1)</script>")
                    .contains("<img src=x onerror=alert(2)> & [U+202E]gnp.exe");
        }
    }

    @Test
    void shouldCarryFixedDatesAndAnIdFromTheBaselineDigest() throws IOException {
        try (PDDocument matrix = Loader.loadPDF(pack.resolve("trace-matrix.pdf").toFile());
                PDDocument soup = Loader.loadPDF(pack.resolve("soup-list.pdf").toFile())) {
            assertThat(matrix.getDocumentInformation().getCreationDate().get(Calendar.YEAR))
                    .isEqualTo(2000);
            assertThat(matrix.getDocumentInformation().getModificationDate().getTimeInMillis())
                    .isEqualTo(matrix.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertThat(matrix.getDocumentInformation().getTitle()).isEqualTo("Traceability matrix");
            assertThat(matrix.getDocumentInformation().getSubject())
                    .startsWith("IEC 62304 evidence pack, configuration baseline sha256:");
            String matrixId =
                    matrix.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
            String soupId =
                    soup.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
            assertThat(matrixId).isNotEqualTo(soupId);
            assertThat(new PDFTextStripper().getText(soup))
                    .contains("CVE-2025-0001")
                    .contains("FasterXML");
        }
    }

    private static List<PDFont> fonts(final PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
