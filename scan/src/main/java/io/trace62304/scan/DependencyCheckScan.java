package io.trace62304.scan;

import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.evidence.InProcessScan;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.exception.ExceptionCollection;
import org.owasp.dependencycheck.exception.NoDataException;
import org.owasp.dependencycheck.utils.Settings;

/**
 * OWASP Dependency-Check run inside the gate on the build's artifacts or dependency directories, against the data
 * directory the user maintains, offline unless the user allows a database update ({@link EngineSettings}). The
 * engine's analyzers identify each dependency (hashes, package URL, CPE) and match it against the database; the
 * engine then writes its own JSON report, which is read by the same parser as a report file, so a scan in process
 * and a report file give the same records and go through the same reconciliation (IEC 62304 7.1.3, 8.1.2).
 * Missing, empty or stale data, a path that does not exist and an engine that cannot run are a
 * {@link ReportException}: the gate cannot decide. Analysis errors the engine survives are kept in the report as
 * its analysis exceptions, so the scan counts as incomplete.
 */
public final class DependencyCheckScan implements InProcessScan {
    static final String PROJECT = "trace62304 gate";
    private static final String REPORT = "dependency-check-report.json";

    private final List<Path> paths;
    private final ScanData data;
    private final boolean update;
    private final Clock clock;

    /**
     * @param paths  files and directories to scan
     * @param data   the Dependency-Check data directory
     * @param maxAge how old its newest update may be
     * @param update whether Dependency-Check may update the database from the NVD first (off: never downloads)
     * @param clock  the time the data's age is measured to
     */
    public DependencyCheckScan(
            final List<Path> paths, final Path data, final Duration maxAge, final boolean update, final Clock clock) {
        this.paths = List.copyOf(paths);
        this.data = new ScanData(Objects.requireNonNull(data), Objects.requireNonNull(maxAge));
        this.update = update;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String describe() {
        return "Dependency-Check scan of "
                + paths.stream().map(Path::toString).collect(Collectors.joining(", "))
                + " (data " + data.directory() + ")";
    }

    @Override
    public DependencyCheckReport run() throws ReportException {
        if (paths.isEmpty()) {
            throw new ReportException(data.directory(), "nothing to scan: give --scan a file or directory");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ReportException(path, "nothing to scan here: no such file or directory");
            }
        }
        if (!update) {
            data.checkPresent();
        }
        Path work = temporaryDirectory();
        try {
            DependencyCheckReport report = scan(work);
            data.checkFresh(report, clock.instant());
            return report;
        } catch (RuntimeException e) {
            // an engine failure it did not report as such: the scan cannot decide, and the gate says so
            throw new ReportException(data.directory(), "Dependency-Check failed: " + e, e);
        } finally {
            delete(work);
        }
    }

    private DependencyCheckReport scan(final Path work) throws ReportException {
        Settings settings = EngineSettings.of(data.directory(), update, work.resolve("engine"));
        try (Engine engine = new Engine(settings)) {
            paths.forEach(path -> engine.scan(path.toFile()));
            ExceptionCollection problems = null;
            try {
                engine.analyzeDependencies();
            } catch (ExceptionCollection e) {
                if (e.isFatal()) {
                    throw new ReportException(data.directory(), cannotScan(e), e);
                }
                problems = e;
            }
            engine.writeReports(PROJECT, work.toFile(), "JSON", problems);
        } catch (org.owasp.dependencycheck.exception.ReportException e) {
            throw new ReportException(
                    data.directory(), "Dependency-Check could not write its report: " + e.getMessage(), e);
        } finally {
            settings.cleanup();
        }
        DependencyCheckReport read = new DependencyCheckJsonParser().parse(work.resolve(REPORT));
        return new DependencyCheckReport(
                describe(),
                read.schemaVersion(),
                read.engineVersion(),
                read.reportDate(),
                read.projectName(),
                read.dependencies(),
                read.analysisExceptions(),
                read.dataAsOf());
    }

    private String cannotScan(final ExceptionCollection e) {
        if (e.getExceptions().stream().anyMatch(NoDataException.class::isInstance)) {
            return "the Dependency-Check database in this directory holds no vulnerability data: the scan cannot "
                    + "decide; update it with the Dependency-Check CLI (--updateonly)";
        }
        return "Dependency-Check cannot scan: "
                + e.getExceptions().stream()
                        .map(t -> String.valueOf(t.getMessage()))
                        .distinct()
                        .collect(Collectors.joining("; "));
    }

    private Path temporaryDirectory() throws ReportException {
        try {
            return Files.createTempDirectory("trace62304-scan");
        } catch (IOException e) {
            throw new ReportException(data.directory(), "cannot create a working directory: " + e.getMessage(), e);
        }
    }

    private static void delete(final Path directory) {
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is the system's to clean; the scan's result stands
        }
    }
}
