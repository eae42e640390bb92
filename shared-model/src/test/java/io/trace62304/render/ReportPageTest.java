package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.risk.RiskChainsTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page itself: a hash-based Content-Security-Policy that admits exactly its one style sheet and one script, no
 * inline handler or style attribute, every section open without script, and the risk chain with its gaps.
 */
class ReportPageTest {
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @Test
    void shouldAdmitExactlyItsOwnScriptAndStyleByTheirSha256InTheContentSecurityPolicy() throws Exception {
        String html = render();

        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
                .matcher(html);
        assertThat(policy.find()).as("a CSP meta element").isTrue();
        String csp = policy.group(1).replace("&#39;", "'");
        assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
        List<String> executable = new ArrayList<>();
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            if (!scripts.group(1).contains("type=\"application/json\"")) {
                executable.add(scripts.group(2));
            }
        }
        assertThat(executable).hasSize(1);
        Matcher style = STYLE.matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(style.find()).as("one style sheet").isFalse();
        style.reset().find();
        assertThat(csp)
                .contains("default-src 'none'")
                .contains("script-src '" + sha256(executable.get(0)) + "';")
                .contains("style-src '" + sha256(style.group(1)) + "';")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void shouldHaveNoInlineHandlerOrStyleAttributeAndEverySectionOpen() {
        String html = render();

        assertThat(html).doesNotContainPattern("(?i)<[^>]+\\son[a-z]+\\s*=").doesNotContainPattern("<[^>]+\\sstyle=");
        Matcher sections = Pattern.compile("<details id=\"([a-z]+)\"([^>]*)>").matcher(html);
        int count = 0;
        while (sections.find()) {
            assertThat(sections.group(2)).as("section " + sections.group(1)).contains("open=\"open\"");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(8);
        assertThat(html).contains("<script type=\"application/json\" id=\"report-config\">{\"page\":100}</script>");
    }

    @Test
    void shouldShowTheRiskChainWithClassesReasonsOutcomesAndGaps() {
        String html = render();
        String chain = html.substring(html.indexOf("<details id=\"chain\""), html.indexOf("<details id=\"trace\""));

        assertThat(chain)
                .contains("Risk chain (7.3.3): 2 hazard(s), 2 with gaps; 1 risk control(s) mitigating no hazard")
                .contains("<tr class=\"gap\"><td><a href=\"#i-MED-10\">MED-10</a> summary of MED-10</td>"
                        + "<td>severity: serious injury or death</td><td><a href=\"#i-MED-1\">MED-1</a></td>")
                .contains("<a href=\"#i-MED-20\">MED-20</a> summary of MED-20 \u00b7 Class C")
                .contains("<span class=\"v-VERIFIED\">VERIFIED</span>: 1 passed")
                .contains("\u2192 <a href=\"#i-MED-30\">MED-30</a>")
                .contains("<span class=\"v-FAILED\">FAILED</span>: 1 passed, 1 failed <span class=\"gap\">")
                .contains("no risk control mitigates this hazard (IEC 62304 7.2.1)")
                .contains("this risk control mitigates no hazard in scope (IEC 62304 7.2.1, 7.3.3)");
    }

    @Test
    void shouldCountTestsPerItemAndLinkTheResultsOnce() {
        String html = render();
        String row = html.substring(html.indexOf("<tr id=\"i-MED-30\">"));
        row = row.substring(0, row.indexOf("</tr>"));

        assertThat(row)
                .contains("<td class=\"v-FAILED\">FAILED</td><td>1 passed, 1 failed</td>")
                .doesNotContain("limit");
        assertThat(html).contains("<a href=\"baseline.json\">baseline.json</a> (tests.results)");
    }

    private static String render() {
        SealedBaseline sealed = new BaselineCodec().seal(RiskChainsTest.baseline());
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        return new HtmlReport().render(sealed, result, List.of());
    }

    private static String sha256(final String text) throws Exception {
        return "sha256-"
                + Base64.getEncoder()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
