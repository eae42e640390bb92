package io.trace62304.pack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.trace62304.report.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A pack document as PDF (openhtmltopdf over PDFBox) from the same XHTML as its HTML page. The font is embedded
 * (Noto Sans JP, subset to the glyphs used: Latin, CJK and supplementary-plane ideographs render), nothing outside
 * the page is ever loaded, and the bytes depend on the inputs only: fixed creation and modification dates, and a
 * document id derived from the baseline digest and the document's name.
 */
final class PdfDocument {
    /** The family name the style sheet asks for; the embedded font answers it. */
    static final String FONT_FAMILY = "Trace62304 Sans";

    private static final String FONT = "fonts/NotoSansJP-Regular.ttf";
    /** The fixed date of every pack PDF: what the pack shows is dated by its baseline, not by when it was written. */
    private static final Calendar FIXED_DATE = fixedDate();

    static {
        // the renderer reports timings and font loading at INFO, in every CI log: keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfDocument() {}

    static byte[] render(final String xhtml, final String title, final String baselineDigest, final String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<String> severe = new ArrayList<>(); // the renderer's own messages (timings, fonts) are not shown
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Trace62304")
                .withDiagnosticConsumer(diagnostic -> {
                    if (diagnostic.getLevel() == Level.SEVERE) {
                        severe.add(diagnostic.getFormattedMessage());
                    }
                })
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null);
        for (int weight : new int[] {400, 700}) {
            builder.useFont(PdfDocument::font, FONT_FAMILY, weight, FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                fix(document, title, baselineDigest, name);
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of " + name + " cannot be written: " + e.getMessage(), e);
        }
        if (!severe.isEmpty()) {
            throw new IllegalStateException("the PDF of " + name + " cannot be written: " + severe.get(0));
        }
        return out.toByteArray();
    }

    /** Replaces what would differ from run to run: the dates, and the document id PDFBox derives from the time. */
    private static void fix(
            final PDDocument document, final String title, final String baselineDigest, final String name) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject("IEC 62304 evidence pack, configuration baseline " + baselineDigest);
        info.setCreator("Trace62304");
        info.setCreationDate(FIXED_DATE);
        info.setModificationDate(FIXED_DATE);
        byte[] id = HexFormat.of()
                .parseHex(Sha256.of((baselineDigest + "\n" + name).getBytes(StandardCharsets.UTF_8))
                        .substring(0, 32));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static InputStream font() {
        InputStream font = PdfDocument.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("the embedded font " + FONT + " is missing from the build");
        }
        return font;
    }

    private static Calendar fixedDate() {
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
        return date;
    }
}
