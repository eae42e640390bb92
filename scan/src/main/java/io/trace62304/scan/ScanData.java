package io.trace62304.scan;

import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.report.ReportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Dependency-Check data directory the user maintains (the Dependency-Check CLI's, Maven or Jenkins plugin's
 * {@code data} directory, holding the H2 database {@code odc.mv.db}). It is checked before the engine sees it,
 * since the engine would create a missing directory, and its data must be recent: a scan against missing or stale
 * data cannot decide (IEC 62304 7.1.3, 8.1.2: the SOUP's known anomalies must be current).
 *
 * @param directory the data directory
 * @param maxAge    how old the newest update of the data may be
 */
record ScanData(Path directory, Duration maxAge) {
    static final String DATABASE = "odc.mv.db";

    /** Refuses a data directory without a database. */
    void checkPresent() throws ReportException {
        if (!Files.isDirectory(directory)) {
            throw new ReportException(
                    directory,
                    "no Dependency-Check data directory here: give --scan-data the directory where the "
                            + "Dependency-Check CLI, Maven or Jenkins plugin keeps its database (" + DATABASE + ")");
        }
        if (!Files.isRegularFile(directory.resolve(DATABASE))) {
            throw new ReportException(
                    directory,
                    "no Dependency-Check database (" + DATABASE + ") in this directory: the scan cannot decide "
                            + "without vulnerability data; create or update it with the Dependency-Check CLI "
                            + "(--updateonly), or allow the scan to update it (--scan-update)");
        }
    }

    /** @return the allowed age in words: {@code 7 days}, else ISO 8601 ({@code PT12H}) */
    String ageText() {
        long days = maxAge.toDays();
        if (maxAge.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        return maxAge.toString();
    }

    /**
     * Refuses a scan whose data is older than {@link #maxAge} at {@code now}, or of unknown age.
     *
     * @param report the scan, dated from its own data source timestamps ({@link DependencyCheckReport#dataAsOf})
     */
    void checkFresh(final DependencyCheckReport report, final Instant now) throws ReportException {
        Optional<Instant> asOf = io.trace62304.report.ScanTimestamps.parse(report.dataAsOf());
        if (asOf.isEmpty()) {
            throw new ReportException(
                    directory,
                    "the Dependency-Check database records no update time, so its age cannot be told: the scan "
                            + "cannot decide; update it with the Dependency-Check CLI (--updateonly)");
        }
        if (asOf.get().plus(maxAge).isBefore(now)) {
            throw new ReportException(
                    directory,
                    "the Dependency-Check database was last updated " + asOf.get() + ", more than " + ageText()
                            + " before this scan (" + now + "; --scan-max-age): the scan cannot decide on stale "
                            + "data; update it with the Dependency-Check CLI (--updateonly), or allow the scan to "
                            + "update it (--scan-update)");
        }
    }
}
