package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.junit.JUnitParser;
import io.trace62304.junit.JUnitReport;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import io.trace62304.trace.TestLocations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failing test in report.html links to the JUnit report it was read from, with the source file and line. */
class ReportTestLinksTest {
    @Test
    void shouldLinkAFailingTestToItsReportByARelativeUrlWithItsSourceLine() throws Exception {
        Path file = Fixtures.of("report links/TEST-pump-alarms.xml");
        JUnitReport report = new JUnitParser().parse(file);
        SealedBaseline sealed = new BaselineCodec()
                .seal(BaselineBuilder.baseline()
                        .item(BaselineBuilder.softwareItem("MED-1", "C"))
                        .item(BaselineBuilder.of("MED-1", "MED-2", ItemType.REQUIREMENT, "Approved", true))
                        .tests(report)
                        .assemble());
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        Path out = file.getParent().getParent().resolve("gate out");

        String html = new HtmlReport().render(sealed, result, List.of(), TestLocations.of(List.of(report)), out);

        assertThat(html)
                .contains(
                        "<a href=\"../report%20links/TEST-pump-alarms.xml\">com.example.pump.AlarmTest.soundsOnOcclusion</a>"
                                + " (src/test/java/com/example/pump/AlarmTest.java:42)")
                .doesNotContain("silencesAfterAcknowledge</a>");
        assertThat(TestLocations.of(List.of(report)).of("com.example.pump.AlarmTest.logsTheAlarm"))
                .isEmpty();
    }

    @Test
    void shouldGiveNoLinkWithoutTheLocationsOrWhenNoRelativePathExists() {
        assertThat(TestLocations.relativeUrl(Path.of("/a/out"), "/a/reports/TEST-x.xml"))
                .isEqualTo("../reports/TEST-x.xml");
        assertThat(TestLocations.relativeUrl(Path.of("/a/out"), "/a/out/t#1.xml"))
                .isEqualTo("t%231.xml");
        assertThat(TestLocations.NONE.of("any")).isEmpty();
    }
}
