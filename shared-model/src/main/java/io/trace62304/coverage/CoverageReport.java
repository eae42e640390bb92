package io.trace62304.coverage;

import io.trace62304.report.Report;
import io.trace62304.report.ReportFormat;
import java.util.List;
import java.util.Objects;

/**
 * A JaCoCo XML coverage report (IEC 62304 5.5: unit verification evidence).
 *
 * @param file     the file it was read from
 * @param name     the report name
 * @param totals   the report-level counters
 * @param packages every package, those inside groups included
 */
public record CoverageReport(String file, String name, Counters totals, List<PackageCoverage> packages)
        implements Report {
    public CoverageReport {
        Objects.requireNonNull(file);
        packages = List.copyOf(packages);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JACOCO;
    }
}
