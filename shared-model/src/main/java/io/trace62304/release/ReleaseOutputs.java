package io.trace62304.release;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.render.AnomaliesHtml;
import io.trace62304.render.AnomaliesJson;
import io.trace62304.render.FindingsJson;
import io.trace62304.render.GateJUnitXml;
import io.trace62304.render.HtmlReport;
import io.trace62304.render.SbomWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the outputs of a run into one directory: {@code report.html}, {@code baseline.json},
 * {@code sbom.cdx.json}, {@code findings.json}, {@code gate-junit.xml}, and the unresolved anomaly list (5.8.2)
 * as {@code anomalies.json} and {@code anomalies.html}. Each file is written to a temporary
 * name and moved into place, so a reader never sees half a file.
 */
public final class ReleaseOutputs {
    public static final String REPORT = "report.html";
    public static final String BASELINE = "baseline.json";
    public static final String SBOM = "sbom.cdx.json";
    public static final String FINDINGS = "findings.json";
    public static final String JUNIT = "gate-junit.xml";
    public static final String ANOMALIES_JSON = "anomalies.json";
    public static final String ANOMALIES_HTML = "anomalies.html";

    /** Writes every output; returns the files in the order listed above. */
    public List<Path> write(final ReleaseOutcome outcome, final Path directory) throws IOException {
        Files.createDirectories(directory);
        AnomalyList anomalies = AnomalyCollector.collect(outcome.baseline(), outcome.gate());
        return List.of(
                write(
                        directory.resolve(REPORT),
                        new HtmlReport()
                                .render(outcome.baseline(), outcome.gate(), outcome.changes())
                                .getBytes(StandardCharsets.UTF_8)),
                writeBaseline(directory.resolve(BASELINE), outcome),
                write(
                        directory.resolve(SBOM),
                        new SbomWriter().write(outcome.baseline()).getBytes(StandardCharsets.UTF_8)),
                write(
                        directory.resolve(FINDINGS),
                        new FindingsJson()
                                .write(outcome.baseline(), outcome.gate())
                                .getBytes(StandardCharsets.UTF_8)),
                write(
                        directory.resolve(JUNIT),
                        new GateJUnitXml().write(outcome.gate()).getBytes(StandardCharsets.UTF_8)),
                write(
                        directory.resolve(ANOMALIES_JSON),
                        new AnomaliesJson().write(anomalies).getBytes(StandardCharsets.UTF_8)),
                write(
                        directory.resolve(ANOMALIES_HTML),
                        new AnomaliesHtml().render(anomalies).getBytes(StandardCharsets.UTF_8)));
    }

    private static Path writeBaseline(final Path file, final ReleaseOutcome outcome) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        new BaselineCodec().write(outcome.baseline(), temporary);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path write(final Path file, final byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
