package io.trace62304.ingest;

import io.trace62304.coverage.JacocoParser;
import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckXmlParser;
import io.trace62304.junit.JUnitParser;
import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.report.ReportLimits;
import io.trace62304.sbom.CycloneDxParser;
import java.nio.file.Path;

/** Reads any supported report: detects its format, then hands it to that format's parser. */
public final class ReportReader {
    private final FormatDetector detector;
    private final ReportLimits limits;

    public ReportReader() {
        this(ReportLimits.DEFAULT);
    }

    public ReportReader(final ReportLimits limits) {
        this.limits = limits;
        this.detector = new FormatDetector(limits);
    }

    /**
     * @param file any supported report
     * @return the parsed report
     * @throws ReportException if the file is unreadable, of no known format, or malformed
     */
    public Report read(final Path file) throws ReportException {
        return read(file, detector.detect(file));
    }

    /**
     * @param file     a report that must be of one format
     * @param expected that format
     * @return the parsed report
     * @throws ReportException if the file is of another format, unreadable or malformed
     */
    public Report read(final Path file, final ReportFormat expected) throws ReportException {
        FormatDetector.Detected detected = detector.detect(file);
        if (detected.format() != expected) {
            throw new ReportException(
                    file,
                    "expected a " + expected.id() + " report, but this is a "
                            + detected.format().id() + " report");
        }
        return read(file, detected);
    }

    private Report read(final Path file, final FormatDetector.Detected detected) throws ReportException {
        return switch (detected.format()) {
            case JUNIT -> new JUnitParser(limits).parse(file);
            case DEPENDENCY_CHECK ->
                detected.json()
                        ? new DependencyCheckJsonParser(limits).parse(file)
                        : new DependencyCheckXmlParser(limits).parse(file);
            case CYCLONEDX -> new CycloneDxParser(limits).parse(file);
            case JACOCO -> new JacocoParser(limits).parse(file);
        };
    }
}
