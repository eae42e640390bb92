package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.audit.AuditTrail;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.Item;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, points 6, 9 and 10: what an attacker who controls a Jira issue, a remote link or a test name can put in
 * the HTML and CSV outputs is shown as text: only http(s) and relative URLs become links, bidi overrides and
 * zero-width characters are shown, spreadsheet formulas are neutralised.
 */
class HostileTextTest {
    private static final Instant WHEN = Instant.parse("2026-11-21T09:00:00Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                " JaVaScRiPt:alert(1)",
                "\u0001\u001f javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "\njavascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "//evil.example.com/x",
                "\\\\evil.example.com\\share",
                "\u202ejavascript:alert(1)"
            })
    void shouldShowEveryOtherUrlAsText(final String url) {
        String html = new AuditHtml().render(trail(new AuditTrail.RemoteLink("pump #42", url, "", "")));

        assertThat(html).doesNotContain("<a ").doesNotContain("href");
        assertThat(html).contains("pump #42 &lt;");
        assertThat(Html.linkTarget(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://ci.example.com/job/pump/42/",
                "HTTP://ci.example.com/job/pump/42/",
                "  https://ci.example.com/job/pump/42/ ",
                "job/pump/42/",
                "../baseline.json",
                "report.html#findings",
                "/job/pump/42/?a=b:c"
            })
    void shouldLinkHttpAndRelativeUrls(final String url) {
        String html = new AuditHtml().render(trail(new AuditTrail.RemoteLink("pump #42", url, "", "")));

        assertThat(html).contains("<a href=\"" + Html.escape(url.strip()) + "\">pump #42</a>");
    }

    @Test
    void shouldShowBidiOverridesAndZeroWidthCharactersInEveryHtmlOutput() {
        String spoofed = "MED-1 txt.\u202Eexe\u2066a\u2069b\u200Bc\uFEFFd";
        Item item = new Item("MED-1", ItemType.REQUIREMENT, spoofed, "Approved\u200F", true, "", Map.of(), List.of());
        String audit = new AuditHtml()
                .render(new AuditTrail("scope", List.of(new AuditTrail.Audited(item, List.of(), List.of()))));
        SealedBaseline sealed = new BaselineCodec()
                .seal(BaselineBuilder.baseline()
                        .items(BaselineBuilder.softwareItem("MED-1", "C"))
                        .test("MED-1 " + spoofed, TestOutcome.FAILED, "MED-1")
                        .assemble());
        String report = new HtmlReport()
                .render(sealed, new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline()), List.of());

        for (String html : List.of(audit, report)) {
            assertThat(html)
                    .contains("txt.[U+202E]exe[U+2066]a[U+2069]b[U+200B]c[U+FEFF]d")
                    .doesNotContain("\u202E")
                    .doesNotContain("\u2066")
                    .doesNotContain("\u200B")
                    .doesNotContain("\uFEFF");
        }
        assertThat(audit).contains("Approved[U+200F]");
    }

    @Test
    void shouldNeutraliseFormulasAfterTabOrCarriageReturnAndQuoteSemicolons() {
        String csv = new AuditCsv()
                .render(trail(
                        List.of(
                                change("\t=1+1"),
                                change("\r=cmd|'/c calc'!A1"),
                                change("-2+3"),
                                change("+SUM(A1)"),
                                change("@SUM(A1)"),
                                change("\uFF1D1+1"),
                                change("a;b"),
                                change("=HYPERLINK(\"http://evil\")"),
                                change("plain")),
                        List.of()));

        assertThat(csv.split("\r\n"))
                .contains(
                        row("'\t=1+1"),
                        row("\"'\r=cmd|'/c calc'!A1\""),
                        row("'-2+3"),
                        row("'+SUM(A1)"),
                        row("'@SUM(A1)"),
                        row("'\uFF1D1+1"),
                        row("\"a;b\""),
                        row("\"'=HYPERLINK(\"\"http://evil\"\")\""),
                        row("plain"));
    }

    private static String row(final String to) {
        return "MED-1,Software Requirement,Approved,summary,2026-11-21T09:00:00.000Z,who,status,from," + to;
    }

    private static AuditTrail.Change change(final String to) {
        return new AuditTrail.Change(WHEN, "who", "status", "from", to);
    }

    private static AuditTrail trail(final AuditTrail.RemoteLink link) {
        return trail(List.of(), List.of(link));
    }

    private static AuditTrail trail(final List<AuditTrail.Change> history, final List<AuditTrail.RemoteLink> links) {
        Item item = new Item("MED-1", ItemType.REQUIREMENT, "summary", "Approved", true, "", Map.of(), List.of());
        return new AuditTrail("scope", List.of(new AuditTrail.Audited(item, links, history)));
    }
}
