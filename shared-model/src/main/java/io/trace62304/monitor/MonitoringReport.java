package io.trace62304.monitor;

import java.util.List;
import java.util.Objects;

/**
 * One monitoring run over released baselines.
 *
 * @param checkedAt    when it ran (UTC, RFC 3339)
 * @param sources      the vulnerability data used: file names, record counts, the KEV catalogue version
 * @param problems     why the run as a whole cannot decide (an unreadable source, no source at all)
 * @param releases     per released baseline
 */
public record MonitoringReport(
        String checkedAt, List<String> sources, List<String> problems, List<ReleaseCheck> releases) {
    /** Exit code: nothing new. */
    public static final int NOTHING_NEW = 0;
    /** Exit code: new findings on at least one released version. */
    public static final int NEW_FINDINGS = 1;
    /** Exit code: at least one baseline or source could not be read or trusted. */
    public static final int CANNOT_DECIDE = 3;

    public MonitoringReport {
        Objects.requireNonNull(checkedAt);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        releases = List.copyOf(releases);
    }

    /** @return {@code ERROR}, {@code NEW_FINDINGS} or {@code NOTHING_NEW}, as the exit code says */
    public String status() {
        return switch (exitCode()) {
            case CANNOT_DECIDE -> "ERROR";
            case NEW_FINDINGS -> "NEW_FINDINGS";
            default -> "NOTHING_NEW";
        };
    }

    /** @return 3 when anything could not be decided, else 1 when there are new findings, else 0 */
    public int exitCode() {
        if (!problems.isEmpty() || releases.stream().anyMatch(r -> "ERROR".equals(r.status()))) {
            return CANNOT_DECIDE;
        }
        return releases.stream().anyMatch(r -> "NEW_FINDINGS".equals(r.status())) ? NEW_FINDINGS : NOTHING_NEW;
    }
}
