package io.trace62304.vuln;

import io.trace62304.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vulnerability record about one or more packages (an OSV record, or a scanner's finding).
 *
 * @param id        e.g. {@code GHSA-…}, {@code CVE-…}
 * @param aliases   other identifiers of the same vulnerability
 * @param summary   a one-line description, or empty
 * @param modified  when the record last changed (RFC 3339), or empty
 * @param severity  its severity: the most severe band of its CVSS scores (each banded by its own CVSS version,
 *                  {@link io.trace62304.report.CvssBands}), else the database's own rating, else
 *                  {@link Severity#UNKNOWN} (fails closed)
 * @param score     the highest CVSS base score as text, or empty when none could be computed
 * @param affected  the packages it affects
 * @param source    the file it came from
 */
public record Advisory(
        String id,
        List<String> aliases,
        String summary,
        String modified,
        Severity severity,
        String score,
        List<AffectedPackage> affected,
        String source) {
    public Advisory {
        Objects.requireNonNull(id);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(modified);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(score);
        affected = List.copyOf(affected);
        Objects.requireNonNull(source);
    }

    /** @return the id followed by its aliases */
    public List<String> identifiers() {
        List<String> all = new ArrayList<>();
        all.add(id);
        all.addAll(aliases);
        return all;
    }
}
