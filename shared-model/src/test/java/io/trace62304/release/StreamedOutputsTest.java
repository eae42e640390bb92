package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.render.AnomaliesHtml;
import io.trace62304.render.AnomaliesJson;
import io.trace62304.render.FindingsJson;
import io.trace62304.render.GateJUnitXml;
import io.trace62304.render.HtmlReport;
import io.trace62304.render.SbomWriter;
import io.trace62304.testing.BaselineBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs are written as they are produced (issue 19, the gate at scale); each file holds exactly the bytes
 * of the page or document built in memory, also when a supplementary-plane character falls on a chunk boundary.
 */
class StreamedOutputsTest {
    @TempDir
    Path temp;

    @Test
    void shouldWriteEveryOutputAsTheSameBytesAsTheTextBuiltInMemory() throws Exception {
        List<io.trace62304.item.Item> items = new java.util.ArrayList<>();
        items.add(BaselineBuilder.softwareItem("MED-1", "C"));
        for (int i = 2; i < 1500; i++) {
            items.add(BaselineBuilder.of("MED-1", "MED-" + i, ItemType.REQUIREMENT, "Approved", true));
        }
        BaselineBuilder builder = BaselineBuilder.baseline().items(items.toArray(io.trace62304.item.Item[]::new));
        for (int i = 2; i < 1500; i++) {
            // 1, 2 or 3 chars of padding shift the surrogate pairs across the writers' chunk boundaries
            builder.test(
                    "MED-" + i + " dose \ud83d\udc89 " + "x".repeat(i % 3) + " \u6ce8\u5c04 " + i,
                    i % 7 == 0 ? TestOutcome.FAILED : TestOutcome.PASSED,
                    "MED-" + i);
        }
        SealedBaseline sealed = new BaselineCodec().seal(builder.assemble());
        GateResult gate = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        AnomalyList anomalies = AnomalyCollector.collect(sealed, gate);
        String report = new HtmlReport().render(sealed, gate, List.of());

        new ReleaseOutputs().write(new ReleaseOutcome(sealed, gate, List.of()), temp);

        assertThat(report.length()).isGreaterThan(2 << 16);
        assertThat(Files.readAllBytes(temp.resolve(ReleaseOutputs.REPORT)))
                .isEqualTo(report.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(temp.resolve(ReleaseOutputs.BASELINE)))
                .isEqualTo(new BaselineCodec().bytes(sealed));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.FINDINGS)))
                .isEqualTo(new FindingsJson().write(sealed, gate));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.ANOMALIES_JSON)))
                .isEqualTo(new AnomaliesJson().write(anomalies));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.ANOMALIES_HTML)))
                .isEqualTo(new AnomaliesHtml().render(anomalies));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.JUNIT))).isEqualTo(new GateJUnitXml().write(gate));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.SBOM))).isEqualTo(new SbomWriter().write(sealed));
        assertThat(Files.readString(temp.resolve(ReleaseOutputs.BASELINE)))
                .contains("dose \ud83d\udc89 xx \u6ce8\u5c04 1499");
    }
}
