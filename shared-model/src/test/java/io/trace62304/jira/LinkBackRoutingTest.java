package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.gate.Finding;
import io.trace62304.gate.Verdict;
import io.trace62304.itemfile.JiraValues;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each finding reaches the issues it is about: a vulnerability of a component (keyed by its package URL) the SOUP
 * item whose Vulnerability Assessment it asks for (7.1.3), a failing test the items the test verifies (5.7.4).
 */
class LinkBackRoutingTest {
    private static final String PURL = "pkg:maven/com.example/infusion-math@1.4.2";

    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldCommentOnTheSoupItemAndOnTheItemsAFailingTestVerifies(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.emulator
                .issue("MED-1", "Software Item", "Approved", true)
                .option(EmulatedSites.field("Safety Class"), "C");
        site.emulator.issue("MED-2", "Software Requirement", "Approved", false);
        site.emulator.issue("MED-3", "Risk Control", "Implemented", false);
        site.emulator
                .issue("MED-8", "SOUP Item", "Approved", false)
                .summary("infusion-math")
                .field(EmulatedSites.field("Package URL"), PURL)
                .field(EmulatedSites.field("SOUP Version"), "1.4.2")
                .field(EmulatedSites.field("SOUP Manufacturer"), "Example Math")
                .field(EmulatedSites.field("Anomaly List Reviewed"), "2026-10-28")
                .field(EmulatedSites.field("Anomaly List Reviewed For Version"), "1.4.2");
        for (String key : List.of("MED-2", "MED-3", "MED-8")) {
            site.emulator.link("Implements", key, "MED-1");
        }
        Files.writeString(dir.resolve("TEST-pump.xml"), """
                <testsuite name="pump">
                  <testcase classname="com.example.PumpTest" name="MED-2 MED-3 stops at the limit">
                    <failure message="rate 12 ml/h">expected stop</failure>
                  </testcase>
                </testsuite>
                """);
        Files.writeString(dir.resolve("bom.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [{"type": "library", "bom-ref": "%1$s", "name": "infusion-math", "version": "1.4.2",
                                 "purl": "%1$s"}],
                 "vulnerabilities": [{"id": "CVE-2026-10001", "ratings": [{"severity": "high"}],
                                      "affects": [{"ref": "%1$s"}]}]}
                """.formatted(PURL));
        JiraClient client = site.client();
        ReleaseOutcome outcome = site.gate(
                dir, Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml"), ReportFormat.CYCLONEDX, List.of("bom.json")));
        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.gate().findings())
                .as("the findings are keyed by package URL and by test, not by issue")
                .extracting(Finding::item)
                .contains(PURL, "com.example.PumpTest.MED-2 MED-3 stops at the limit");

        LinkBack.Report report =
                new LinkBack(client, m -> {}).run(outcome.baseline(), outcome.gate(), LinkBackTest.build(7, false));

        assertThat(report.isComplete()).as(report.failures().toString()).isTrue();
        assertThat(comment("MED-8"))
                .contains("vulnerabilities-assessed (IEC 62304 7.1.3; QMS criterion at Class A)")
                .contains("CVE-2026-10001");
        for (String verified : List.of("MED-2", "MED-3")) {
            assertThat(comment(verified)).as(verified).contains("failing-tests").contains("stops at the limit");
        }
        assertThat(site.emulator.issue("MED-1").comments())
                .as("the test does not verify MED-1")
                .isEmpty();
        assertThat(site.emulator.issue("MED-8").remoteLinks().values())
                .singleElement()
                .satisfies(link -> assertThat(link.path("object").path("title").asText())
                        .startsWith("MED-8 ")
                        .contains("1 blocking finding"));
    }

    private String comment(final String key) {
        assertThat(site.emulator.issue(key).comments()).as(key).hasSize(1);
        return JiraValues.text(site.emulator.issue(key).comments().get(0).path("body"));
    }
}
