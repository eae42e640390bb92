package io.trace62304.monitor;

import java.util.List;
import java.util.Objects;

/**
 * The monitoring result of one released baseline.
 *
 * @param file      the baseline file
 * @param release   the release it records ({@code job #build})
 * @param digest    its digest, or empty when it could not be read
 * @param problems  why it cannot be trusted (altered, unreadable): then nothing is decided for it
 * @param findings  its vulnerabilities with changes, those needing action first
 */
public record ReleaseCheck(
        String file, String release, String digest, List<String> problems, List<MonitorFinding> findings) {
    public ReleaseCheck {
        Objects.requireNonNull(file);
        Objects.requireNonNull(release);
        Objects.requireNonNull(digest);
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    /** @return {@code ERROR} (cannot decide), {@code NEW_FINDINGS} or {@code NOTHING_NEW} */
    public String status() {
        if (!problems.isEmpty()) {
            return "ERROR";
        }
        return findings.stream().anyMatch(MonitorFinding::needsAction) ? "NEW_FINDINGS" : "NOTHING_NEW";
    }

    /** @return the findings someone has to act on */
    public List<MonitorFinding> actionable() {
        return findings.stream().filter(MonitorFinding::needsAction).toList();
    }
}
