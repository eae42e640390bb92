package io.trace62304.release;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.render.AnomaliesHtml;
import io.trace62304.render.AnomaliesJson;
import io.trace62304.render.FindingsJson;
import io.trace62304.render.GateJUnitXml;
import io.trace62304.render.HtmlReport;
import io.trace62304.render.SbomVersion;
import io.trace62304.render.SbomWriter;
import io.trace62304.report.OutputDirectory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the outputs of a run into one directory: {@code report.html}, {@code baseline.json},
 * {@code sbom.cdx.json}, {@code findings.json}, {@code gate-junit.xml}, and the unresolved anomaly list (5.8.2)
 * as {@code anomalies.json} and {@code anomalies.html}, all in one locked {@link OutputDirectory}: each file is
 * written to a fresh temporary name (never through a symbolic link) and moved into place, so a reader never sees
 * half a file, and the directory holds the outputs of exactly one run.
 */
public final class ReleaseOutputs {
    public static final String REPORT = "report.html";
    public static final String BASELINE = "baseline.json";
    public static final String SBOM = "sbom.cdx.json";
    public static final String FINDINGS = "findings.json";
    public static final String JUNIT = "gate-junit.xml";
    public static final String ANOMALIES_JSON = "anomalies.json";
    public static final String ANOMALIES_HTML = "anomalies.html";

    private static final int CHUNK = 1 << 13;

    private final SbomVersion sbomVersion;

    /** Outputs with the SBOM in CycloneDX 1.6. */
    public ReleaseOutputs() {
        this(SbomVersion.DEFAULT);
    }

    /** @param sbomVersion the CycloneDX version of {@code sbom.cdx.json} */
    public ReleaseOutputs(final SbomVersion sbomVersion) {
        this.sbomVersion = java.util.Objects.requireNonNull(sbomVersion);
    }

    /** Writes every output into a directory it locks for the time (see {@link OutputDirectory}). */
    public List<Path> write(final ReleaseOutcome outcome, final Path directory) throws IOException {
        try (OutputDirectory out = OutputDirectory.lock(directory)) {
            return write(outcome, out);
        }
    }

    /** Writes every output into a directory the run holds; returns the files in the order listed above. */
    public List<Path> write(final ReleaseOutcome outcome, final OutputDirectory directory) throws IOException {
        AnomalyList anomalies = AnomalyCollector.collect(outcome.baseline(), outcome.gate());
        return List.of(
                text(
                        directory,
                        REPORT,
                        out -> new HtmlReport()
                                .render(
                                        outcome.baseline(),
                                        outcome.gate(),
                                        outcome.changes(),
                                        outcome.tests(),
                                        directory.path(),
                                        out)),
                directory.write(BASELINE, out -> new BaselineCodec().write(outcome.baseline(), out)),
                text(directory, SBOM, out -> out.write(new SbomWriter(sbomVersion).write(outcome.baseline()))),
                text(directory, FINDINGS, out -> new FindingsJson().write(outcome.baseline(), outcome.gate(), out)),
                text(directory, JUNIT, out -> out.write(new GateJUnitXml().write(outcome.gate()))),
                text(directory, ANOMALIES_JSON, out -> new AnomaliesJson().write(anomalies, out)),
                text(directory, ANOMALIES_HTML, out -> new AnomaliesHtml().render(anomalies, out)));
    }

    /** Text written as UTF-8 as it is produced, so a large output is never held whole, nor a second time as bytes. */
    private static Path text(final OutputDirectory directory, final String name, final TextContent content)
            throws IOException {
        return directory.write(name, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CHUNK);
            try {
                content.writeTo(writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
    }

    /** Writes one output's text. */
    private interface TextContent {
        void writeTo(Writer out) throws IOException;
    }
}
