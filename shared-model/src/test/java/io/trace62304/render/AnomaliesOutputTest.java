package io.trace62304.render;

import static io.trace62304.testing.BaselineBuilder.baseline;
import static io.trace62304.testing.BaselineBuilder.of;
import static io.trace62304.testing.BaselineBuilder.softwareItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** anomalies.json and anomalies.html: the anomaly list for machines, and for an auditor or buyer on its own. */
class AnomaliesOutputTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"more\"";

    @TempDir
    Path temp;

    private final SealedBaseline sealed = new BaselineCodec()
            .seal(baseline()
                    .items(
                            softwareItem("MED-1", "C"),
                            of("MED-1", "MED-3", ItemType.REQUIREMENT, "Approved", true),
                            of(
                                    "MED-1",
                                    "MED-50",
                                    ItemType.PROBLEM_REPORT,
                                    "Deferred",
                                    false,
                                    "Criticality",
                                    "Major",
                                    "Risk Evaluation",
                                    "acceptable: " + HOSTILE,
                                    "Consequence For Users",
                                    "the screen freezes\nfor 2 s",
                                    "Workaround",
                                    "wait",
                                    "Deferral Justification",
                                    "fixed in 1.5"))
                    .test("computes the rate", TestOutcome.PASSED, "MED-3")
                    .test("end to end " + HOSTILE, TestOutcome.FAILED)
                    .assemble());

    private AnomalyList list(final GateResult gate) {
        return AnomalyCollector.collect(sealed, gate);
    }

    private GateResult defaults() {
        return new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
    }

    @Test
    void shouldWriteEveryAnomalyWithItsRecordedTextForMachines() throws IOException {
        JsonNode json = new ObjectMapper().readTree(new AnomaliesJson().write(list(defaults())));

        assertThat(json.path("format").asText()).isEqualTo("trace62304-anomalies/1");
        assertThat(json.path("job").asText()).isEqualTo("pump");
        assertThat(json.path("build").asText()).isEqualTo("42");
        assertThat(json.path("baselineDigest").asText()).isEqualTo(sealed.digest());
        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("itemSource").asText()).isEqualTo("items.yaml");
        assertThat(json.path("belowMinimum")).isEmpty();
        JsonNode counts = json.path("counts");
        assertThat(counts.path("total").asLong()).isEqualTo(2);
        assertThat(counts.path("notEvaluated").asLong()).isEqualTo(1);
        assertThat(counts.path("openProblemReports").asLong()).isEqualTo(1);
        assertThat(counts.path("closedWithoutFix").asLong()).isZero();
        assertThat(counts.path("testResults").asLong()).isEqualTo(1);
        assertThat(counts.path("vulnerabilities").asLong()).isZero();
        JsonNode report = json.path("anomalies").get(0);
        assertThat(report.path("kind").asText()).isEqualTo("OPEN_PROBLEM_REPORT");
        assertThat(report.path("clause").asText()).isEqualTo("5.8.2, 9.1");
        assertThat(report.path("id").asText()).isEqualTo("MED-50");
        assertThat(report.path("safetyClass").asText()).isEqualTo("C");
        assertThat(report.path("level").asText()).isEqualTo("Class C");
        assertThat(report.path("criticality").asText()).isEqualTo("Major");
        assertThat(report.path("riskEvaluation").asText()).isEqualTo("acceptable: " + HOSTILE);
        assertThat(report.path("consequence").asText()).isEqualTo("the screen freezes\nfor 2 s");
        assertThat(report.path("workaround").asText()).isEqualTo("wait");
        assertThat(report.path("justification").asText()).isEqualTo("fixed in 1.5");
        assertThat(report.path("evaluation").asText()).isEqualTo("EVALUATED");
        assertThat(report.path("recordedIn")).extracting(JsonNode::asText).containsExactly("MED-50");
        assertThat(report.path("concerns")).extracting(JsonNode::asText).containsExactly("MED-1");
        JsonNode test = json.path("anomalies").get(1);
        assertThat(test.path("kind").asText()).isEqualTo("TEST_RESULT");
        assertThat(test.path("id").asText()).isEqualTo("com.example.PumpTest.end to end " + HOSTILE);
        assertThat(test.path("evaluation").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(test.path("recordedIn")).isEmpty();
    }

    @Test
    void shouldRenderASelfContainedEscapedPageAnAuditorCanReadOnItsOwn() {
        String html = new AnomaliesHtml().render(list(defaults()));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<title>Unresolved anomalies - pump #42</title>")
                .contains("Unresolved anomalies of pump #42: 2 known, 1 without a risk evaluation")
                .contains("IEC 62304 5.8.2")
                .contains(sealed.digest())
                .contains("acceptable: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("end to end &lt;script&gt;")
                .contains("<td class=\"multi\">the screen freezes\nfor 2 s</td>")
                .contains("<td>Class C</td>")
                .contains("<h2>Problem reports closed without a fix (5.8.2, 9.2d): 0</h2>")
                .contains("<h2>Open problem reports (5.8.2, 9.1): 1</h2>")
                .contains("<p>None.</p>")
                .doesNotContain("<script")
                .doesNotContainPattern("(src|href)=\"https?:")
                .doesNotContain("<link")
                .doesNotContain("@import");
        assertThat(new AnomaliesHtml().render(list(defaults()))).isEqualTo(html);
    }

    @Test
    void shouldShowEachRuleBelowTheFloorOnThePage() throws IOException, ReportException {
        Path policy = Files.writeString(temp.resolve("weak.yaml"), "rules:\n  failing-tests: {scope: traced}\n");
        GateResult weak = new ReleaseGate(new PolicyLoader().load(policy)).evaluate(sealed.baseline());
        String line = "policy below the IEC 62304 A1:2015 minimum for Class A, B, C: failing-tests scope: traced"
                + " (a failing test that verifies no item of a checked class passes)";

        assertThat(new AnomaliesHtml().render(list(weak))).contains("<p class=\"below-minimum\">" + line + "</p>");
        assertThat(new ObjectMapper()
                        .readTree(new AnomaliesJson().write(list(weak)))
                        .path("belowMinimum"))
                .extracting(JsonNode::asText)
                .containsExactly(line);
        assertThat(new HtmlReport().render(sealed, weak, List.of()))
                .contains("Unresolved anomalies (5.8.2, 5.8.3): 2")
                .contains("anomalies.html");
    }
}
