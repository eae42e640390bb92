package io.trace62304.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One vulnerability of one SOUP item and the released versions it affects, over every baseline a monitoring run
 * checked: what the problem report about it says (9.1, 6.2.1.3, 6.2.5). Only findings someone has to act on are
 * drawn up; those of a component no SOUP item names have nowhere to go and are left to the report.
 *
 * @param soupItem      the SOUP item's key
 * @param vulnerability its id (the CVE where there is one)
 * @param aliases       its other ids
 * @param components    the released components it affects (package URLs or {@code name@version})
 * @param severity      the highest severity now
 * @param kevDateAdded  when CISA listed it as known exploited, or empty
 * @param fixedVersions versions that fix it
 * @param releases      the affected released versions, in the order the baselines were given
 * @param actions       what has to be done, per release as the report says it
 */
public record AffectedReleases(
        String soupItem,
        String vulnerability,
        List<String> aliases,
        List<String> components,
        String severity,
        String kevDateAdded,
        List<String> fixedVersions,
        List<String> releases,
        List<String> actions) {
    private static final int MAX_SUMMARY = 255;

    public AffectedReleases {
        Objects.requireNonNull(soupItem);
        Objects.requireNonNull(vulnerability);
        aliases = List.copyOf(aliases);
        components = List.copyOf(components);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(kevDateAdded);
        fixedVersions = List.copyOf(fixedVersions);
        releases = List.copyOf(releases);
        actions = List.copyOf(actions);
    }

    /**
     * @param report a monitoring run
     * @return per SOUP item and vulnerability, the releases its actionable findings are in, in report order
     */
    public static List<AffectedReleases> of(final MonitoringReport report) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (ReleaseCheck release : report.releases()) {
            for (MonitorFinding finding : release.actionable()) {
                if (finding.itemKey().isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(finding.itemKey() + "\n" + finding.vulnerability(), k -> new Builder(finding))
                        .add(release.release(), finding);
            }
        }
        return byKey.values().stream().map(Builder::build).toList();
    }

    /** @return the problem report's summary, e.g. "CVE-2025-48924 in commons-lang3 affects released pump 1.4.0" */
    public String summary() {
        String text = vulnerability + " (" + severity + ") in " + String.join(", ", components) + " affects released "
                + String.join(", ", releases);
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    /** @return the problem report's description: what, where, what to do, with the clauses */
    public String description() {
        StringBuilder text = new StringBuilder();
        text.append("Trace62304 monitor (IEC 62304 6.2.1, 7.1.3): ")
                .append(vulnerability)
                .append(aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")")
                .append(" affects SOUP item ")
                .append(soupItem)
                .append(" as released.\n")
                .append("Severity now: ")
                .append(severity)
                .append('\n')
                .append("Components: ")
                .append(String.join(", ", components))
                .append('\n')
                .append("Affected released versions: ")
                .append(String.join(", ", releases))
                .append('\n');
        if (!kevDateAdded.isEmpty()) {
            text.append("Known exploited: in the CISA KEV catalogue since ")
                    .append(kevDateAdded)
                    .append('\n');
        }
        if (!fixedVersions.isEmpty()) {
            text.append("Fixed in: ").append(String.join(", ", fixedVersions)).append('\n');
        }
        text.append("To do:\n");
        actions.forEach(action -> text.append("- ").append(action).append('\n'));
        text.append("Record whether users and regulators are informed in this issue's field 'Communication Decision'"
                + " (IEC 62304 6.2.5).");
        return text.toString();
    }

    private static final class Builder {
        private final MonitorFinding first;
        private final Set<String> components = new LinkedHashSet<>();
        private final Set<String> releases = new LinkedHashSet<>();
        private final Set<String> fixed = new LinkedHashSet<>();
        private final Set<String> actions = new LinkedHashSet<>();
        private String severity;
        private String kev;

        Builder(final MonitorFinding first) {
            this.first = first;
            this.severity = first.severity();
            this.kev = first.kevDateAdded();
        }

        void add(final String release, final MonitorFinding finding) {
            components.add(finding.component());
            releases.add(release);
            fixed.addAll(finding.fixedVersions());
            actions.addAll(finding.actions());
            if (rank(finding.severity()) > rank(severity)) {
                severity = finding.severity();
            }
            if (kev.isEmpty()) {
                kev = finding.kevDateAdded();
            }
        }

        private static int rank(final String severity) {
            return List.of("none", "info", "low", "medium", "unknown", "high", "critical")
                    .indexOf(severity);
        }

        AffectedReleases build() {
            return new AffectedReleases(
                    first.itemKey(),
                    first.vulnerability(),
                    first.aliases(),
                    new ArrayList<>(components),
                    severity,
                    kev,
                    new ArrayList<>(fixed),
                    new ArrayList<>(releases),
                    new ArrayList<>(actions));
        }
    }
}
