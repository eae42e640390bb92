package io.trace62304.cli;

import io.trace62304.evidence.InProcessScan;
import io.trace62304.report.MaxAge;
import io.trace62304.scan.DependencyCheckScan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code gate --scan PATH… --scan-data DIR}: OWASP Dependency-Check in process (module scan). */
final class ScanOptions {
    @Option(
            names = "--scan",
            paramLabel = "PATH",
            description = "Run OWASP Dependency-Check in process on these files or directories (the build's "
                    + "artifacts, a dependency directory; repeatable); needs --scan-data.")
    private List<Path> paths = new ArrayList<>();

    @Option(
            names = "--scan-data",
            paramLabel = "DIR",
            description = "The Dependency-Check data directory the Dependency-Check CLI, Maven or Jenkins plugin "
                    + "maintains (its H2 database odc.mv.db); read only, never updated unless --scan-update.")
    private Path data;

    @Option(
            names = "--scan-max-age",
            paramLabel = "AGE",
            description = "How long ago the database may have been updated: an ISO 8601 duration (P7D, PT12H) "
                    + "or a number of days (default: 7); older, the gate cannot decide.")
    private String maxAge = "7";

    @Option(
            names = "--scan-update",
            description = "Let Dependency-Check update the database from the NVD before scanning (downloads; "
                    + "off by default).")
    private boolean update;

    /**
     * @return the scan the options ask for, if any
     * @throws IllegalArgumentException on a usage error, in words
     */
    Optional<InProcessScan> scan(final Clock clock) {
        if (paths.isEmpty() && data == null && !update) {
            return Optional.empty();
        }
        if (paths.isEmpty() || data == null) {
            throw new IllegalArgumentException(
                    "--scan PATH… and --scan-data DIR go together: what to scan, and the Dependency-Check data "
                            + "directory to scan against");
        }
        Duration age = MaxAge.parse(maxAge)
                .orElseThrow(() -> new IllegalArgumentException("--scan-max-age: '" + maxAge
                        + "' is not an age: write an ISO 8601 duration such as P7D or PT12H, or a number of days"));
        Path base = Path.of("").toAbsolutePath();
        return Optional.of(new DependencyCheckScan(
                paths.stream().map(base::resolve).toList(), base.resolve(data), age, update, clock));
    }
}
