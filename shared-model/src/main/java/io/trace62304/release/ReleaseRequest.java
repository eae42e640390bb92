package io.trace62304.release;

import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.InProcessScan;
import io.trace62304.item.ItemSource;
import io.trace62304.report.ReportFormat;
import io.trace62304.trace.TraceConventions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one gate run reads.
 *
 * @param items       where the 62304 items come from
 * @param policy      a policy file, or empty for the documented class defaults
 * @param reports     report files or globs by format, relative to {@code base}
 * @param mappings    trace mapping files or globs (including those the {@code @Verifies} extension writes)
 * @param previous    the previous release's baseline, to chain to and compare with
 * @param build       the build's identity
 * @param base        the directory relative paths start from
 * @param conventions how tests name the items they verify
 * @param commits     the commits since the previous release ({@code git log --format='%H %s'}), if given
 * @param scans       vulnerability scans the gate runs itself (Dependency-Check in process), read as reports
 */
public record ReleaseRequest(
        ItemSource items,
        Optional<Path> policy,
        Map<ReportFormat, List<String>> reports,
        List<String> mappings,
        Optional<Path> previous,
        BuildInfo build,
        Path base,
        TraceConventions conventions,
        Optional<Path> commits,
        List<InProcessScan> scans) {
    /** A run without in-process scans. */
    public ReleaseRequest(
            final ItemSource items,
            final Optional<Path> policy,
            final Map<ReportFormat, List<String>> reports,
            final List<String> mappings,
            final Optional<Path> previous,
            final BuildInfo build,
            final Path base,
            final TraceConventions conventions,
            final Optional<Path> commits) {
        this(items, policy, reports, mappings, previous, build, base, conventions, commits, List.of());
    }

    /** A run without a commit list. */
    public ReleaseRequest(
            final ItemSource items,
            final Optional<Path> policy,
            final Map<ReportFormat, List<String>> reports,
            final List<String> mappings,
            final Optional<Path> previous,
            final BuildInfo build,
            final Path base,
            final TraceConventions conventions) {
        this(items, policy, reports, mappings, previous, build, base, conventions, Optional.empty());
    }

    public ReleaseRequest {
        Objects.requireNonNull(items);
        Objects.requireNonNull(policy);
        reports = Map.copyOf(reports);
        mappings = List.copyOf(mappings);
        Objects.requireNonNull(previous);
        Objects.requireNonNull(build);
        Objects.requireNonNull(base);
        Objects.requireNonNull(conventions);
        Objects.requireNonNull(commits);
        scans = List.copyOf(scans);
    }
}
