package io.trace62304.depcheck;

import io.trace62304.report.Report;
import io.trace62304.report.ReportFormat;
import java.util.List;
import java.util.Objects;

/**
 * An OWASP Dependency-Check report, from its XML or JSON form.
 *
 * @param file               the file it was read from
 * @param schemaVersion      the report schema, e.g. {@code 4.0} (XML namespace) or {@code 1.1} (JSON reportSchema)
 * @param engineVersion      the Dependency-Check version that wrote it
 * @param reportDate         when the scan ran, as written
 * @param projectName        the scanned project
 * @param dependencies       every dependency found
 * @param analysisExceptions errors the scanner recorded: when present the scan is incomplete
 * @param dataAsOf           the newest update of the scanner's vulnerability data ({@code scanInfo/dataSource}
 *                           timestamps, the engine's own version check left out), as an ISO 8601 instant, or
 *                           empty when the report gives none
 */
public record DependencyCheckReport(
        String file,
        String schemaVersion,
        String engineVersion,
        String reportDate,
        String projectName,
        List<Dependency> dependencies,
        List<String> analysisExceptions,
        String dataAsOf)
        implements Report {
    public DependencyCheckReport {
        Objects.requireNonNull(file);
        dependencies = List.copyOf(dependencies);
        analysisExceptions = List.copyOf(analysisExceptions);
        Objects.requireNonNull(dataAsOf);
    }

    /** A report that gives no data timestamps. */
    public DependencyCheckReport(
            final String file,
            final String schemaVersion,
            final String engineVersion,
            final String reportDate,
            final String projectName,
            final List<Dependency> dependencies,
            final List<String> analysisExceptions) {
        this(file, schemaVersion, engineVersion, reportDate, projectName, dependencies, analysisExceptions, "");
    }

    /**
     * The newest of a scan's data source timestamps, as an ISO 8601 instant; {@code VersionCheckOn} (when the
     * engine last checked for a new release of itself) is not vulnerability data.
     */
    public static String newestData(final java.util.Map<String, String> dataSources) {
        return dataSources.entrySet().stream()
                .filter(e -> !"VersionCheckOn".equalsIgnoreCase(e.getKey().strip()))
                .map(e -> io.trace62304.report.ScanTimestamps.parse(e.getValue()))
                .flatMap(java.util.Optional::stream)
                .max(java.util.Comparator.naturalOrder())
                .map(java.time.Instant::toString)
                .orElse("");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.DEPENDENCY_CHECK;
    }

    /** @return {@code false} when the scanner recorded analysis exceptions: some dependencies may be missing */
    public boolean isComplete() {
        return analysisExceptions.isEmpty();
    }

    /** @return active vulnerabilities over all dependencies */
    public long vulnerabilityCount() {
        return dependencies.stream().mapToLong(d -> d.vulnerabilities().size()).sum();
    }

    /** @return suppressed vulnerabilities over all dependencies */
    public long suppressedCount() {
        return dependencies.stream().mapToLong(d -> d.suppressed().size()).sum();
    }
}
