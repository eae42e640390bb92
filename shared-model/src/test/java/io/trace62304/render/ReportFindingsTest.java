package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.testing.BaselineBuilder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html's findings: grouped by rule and class with counts, long groups collapsed, items linked. */
class ReportFindingsTest {
    private static final String JIRA = "Jira https://pump.atlassian.net (cloud) JQL: project = MED";

    @Test
    void shouldGroupFindingsByRuleAndClassWithCountsAndCollapseAGroupLongerThanAPage() {
        String html = render(JIRA);

        String classC = "requirements-verified (IEC 62304 5.7.1, 5.7.4a, 5.7.4b), Class C, FAIL: 150 finding(s)";
        String classB = "requirements-verified (IEC 62304 5.7.1, 5.7.4a, 5.7.4b), Class B, FAIL: 2 finding(s)";
        assertThat(html).contains(classC).contains(classB);
        assertThat(openingTagOf(html, classC)).doesNotContain("open=");
        assertThat(openingTagOf(html, classB)).contains("open=\"open\"");
        assertThat(html.indexOf(classC)).as("Class C before Class B").isLessThan(html.indexOf(classB));
        assertThat(html)
                .containsPattern("<tr class=\"level-fail\"><td><a href=\"#fg-\\d+\">requirements-verified</a></td>"
                        + "<td>IEC 62304 5.7.1, 5.7.4a, 5.7.4b</td><td>Class C</td><td>FAIL</td><td>150</td></tr>");
        assertThat(count(html, "<tr><td><a href=\"#i-MED-")).isEqualTo(152);
        assertThat(html)
                .contains(
                        "<p>Finding in each, with its item in place of [item] and the evidence missing in place of"
                                + " [missing]: [item] (Software Requirement, Class C, status &#39;Approved&#39;) lacks [missing];")
                .contains("<tr><td><a href=\"#i-MED-2\">MED-2</a></td></tr>");
    }

    @Test
    void shouldLinkEachFindingToTheItemRowAndTheItemRowToTheJiraIssue() {
        String html = render(JIRA);

        assertThat(html)
                .contains("<tr><td><a href=\"#i-MED-3\">MED-3</a></td></tr>")
                .contains("<tr id=\"i-MED-3\"><td><a href=\"https://pump.atlassian.net/browse/MED-3\">MED-3</a>"
                        + " summary of MED-3</td>");
        assertThat(count(html, "https://pump.atlassian.net/browse/"))
                .as("one Jira link per item")
                .isEqualTo(154);
    }

    @Test
    void shouldNotLinkToJiraWhenTheItemSourceNamesNoWebSite() {
        assertThat(render("items file items.yaml"))
                .contains("<a href=\"#i-MED-3\">MED-3</a>")
                .doesNotContain("/browse/");
        assertThat(render("Jira javascript:alert(1) (cloud) JQL: x")).doesNotContain("/browse/");
        assertThat(ItemLinks.siteOf("Jira https://jira.example.org/ (data center) JQL: a"))
                .isEqualTo("https://jira.example.org");
        assertThat(ItemLinks.siteOf("Jira file:///etc/passwd (cloud)")).isEmpty();
        assertThat(ItemLinks.siteOf("saved Jira search items.json")).isEmpty();
    }

    private static String render(final String itemSource) {
        BaselineBuilder builder = BaselineBuilder.baseline()
                .itemSource(itemSource)
                .item(BaselineBuilder.softwareItem("MED-1", "C"))
                .item(BaselineBuilder.softwareItem("MED-500", "B"));
        for (int i = 2; i < 152; i++) {
            builder.item(BaselineBuilder.of("MED-1", "MED-" + i, ItemType.REQUIREMENT, "Approved", true));
        }
        builder.item(BaselineBuilder.of("MED-500", "MED-501", ItemType.REQUIREMENT, "Approved", true))
                .item(BaselineBuilder.of("MED-500", "MED-502", ItemType.REQUIREMENT, "Approved", true));
        SealedBaseline sealed = new BaselineCodec().seal(builder.assemble());
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        return new HtmlReport().render(sealed, result, List.of());
    }

    private static String openingTagOf(final String html, final String summary) {
        int at = html.indexOf("<summary>" + summary);
        return html.substring(html.lastIndexOf("<details", at), at);
    }

    private static int count(final String html, final String text) {
        Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(html);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
