package io.trace62304.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The XML attacks and encoding faults every XML parser must refuse with a clear error (in addition to the
 * {@link ParserContract}): XXE, entity-expansion bombs, external DTDs, runaway nesting, bad bytes.
 *
 * @param <R> the record type
 */
public abstract class XmlParserContract<R extends Report> extends ParserContract<R> {
    /** @return the root element of this format, so hostile documents are otherwise plausible */
    protected abstract String rootElement();

    @Test
    void shouldRefuseExternalEntities() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        Path xml = write(
                "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE " + rootElement()
                        + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<" + rootElement()
                        + " name=\"&xxe;\">&xxe;</"
                        + rootElement() + ">");
        ReportException error = assertRefused(xml, "");
        assertThat(error.getMessage()).doesNotContain("TOP-SECRET").containsIgnoringCase("DOCTYPE");
        assertThat(error.line()).contains(2);
    }

    @Test
    void shouldRefuseAnEntityExpansionBomb() throws IOException {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            doc.append(" <!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
                    .append("\">\n");
        }
        doc.append("]>\n<")
                .append(rootElement())
                .append(">&lol9;</")
                .append(rootElement())
                .append('>');
        assertThat(assertRefused(write("bomb.xml", doc.toString()), "").getMessage())
                .containsIgnoringCase("DOCTYPE");
    }

    @Test
    void shouldNeverLoadAnExternalDtd() throws IOException {
        Path dtd = Files.writeString(temp.resolve("evil.dtd"), "<!ENTITY leaked \"LOADED-FROM-DTD\">");
        Path xml = write(
                "external-dtd.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE " + rootElement() + " SYSTEM \"" + dtd.toUri() + "\">\n<"
                        + rootElement() + " name=\"&leaked;\"/>");
        ReportException error = assertRefused(xml, "");
        assertThat(error.getMessage()).doesNotContain("LOADED-FROM-DTD");
    }

    @Test
    void shouldRefuseRunawayNesting() throws IOException {
        String text = Files.readString(fixture(), StandardCharsets.UTF_8);
        int rootStart = text.indexOf("<" + rootElement());
        int afterRootTag = text.indexOf('>', rootStart) + 1;
        String deep = text.substring(0, afterRootTag)
                + "<x>".repeat(5000)
                + "</x>".repeat(5000)
                + text.substring(afterRootTag);
        assertThat(assertRefused(write("deep.xml", deep), "safety limit").line())
                .isPresent();
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + rootElement() + " name=\"")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\"></" + rootElement() + ">").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28; // invalid UTF-8 continuation
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        assertRefused(Files.write(temp.resolve("latin.xml"), bytes), "encoding");
    }

    @Test
    void shouldReadUtf16WithByteOrderMark() throws IOException, ReportException {
        String text = Files.readString(fixture(), StandardCharsets.UTF_8)
                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
        Path copy = Files.write(temp.resolve("utf16.xml"), utf16);
        R report = parser().parse(copy);
        assertThat(report).usingRecursiveComparison().ignoringFields("file").isEqualTo(parser().parse(fixture()));
    }

    @Test
    void shouldReadUtf8WithByteOrderMark() throws IOException, ReportException {
        byte[] body = Files.readAllBytes(fixture());
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        R report = parser().parse(Files.write(temp.resolve("bom.xml"), withBom));
        assertThat(report).usingRecursiveComparison().ignoringFields("file").isEqualTo(parser().parse(fixture()));
    }
}
