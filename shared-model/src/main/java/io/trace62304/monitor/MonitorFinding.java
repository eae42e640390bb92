package io.trace62304.monitor;

import java.util.List;
import java.util.Objects;

/**
 * One vulnerability of one SOUP component of one released baseline, as it stands now against what was sealed.
 *
 * @param component        the component's reference (package URL or {@code name@version})
 * @param itemKey          the SOUP item, or empty
 * @param vulnerability    its id (a CVE where there is one)
 * @param aliases          its other ids
 * @param changes          what changed since sealing
 * @param sealedSeverity   the severity in the baseline, or empty when it was not there
 * @param severity         the severity now
 * @param score            the CVSS base score now, or empty
 * @param kevDateAdded     when CISA listed it as known exploited, or empty
 * @param fixedVersions    versions above the released one that fix it
 * @param assessment       the assessment state in force (the SOUP item's now, else the sealed one), or empty
 * @param communication    the recorded 6.2.5 communication decision, or empty
 * @param actions          what still has to be done; empty when nothing (then it is listed for information)
 * @param sources          the files that name it
 */
public record MonitorFinding(
        String component,
        String itemKey,
        String vulnerability,
        List<String> aliases,
        List<ChangeKind> changes,
        String sealedSeverity,
        String severity,
        String score,
        String kevDateAdded,
        List<String> fixedVersions,
        String assessment,
        String communication,
        List<String> actions,
        List<String> sources) {
    public MonitorFinding {
        Objects.requireNonNull(component);
        Objects.requireNonNull(itemKey);
        Objects.requireNonNull(vulnerability);
        aliases = List.copyOf(aliases);
        changes = List.copyOf(changes);
        Objects.requireNonNull(sealedSeverity);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(score);
        Objects.requireNonNull(kevDateAdded);
        fixedVersions = List.copyOf(fixedVersions);
        Objects.requireNonNull(assessment);
        Objects.requireNonNull(communication);
        actions = List.copyOf(actions);
        sources = List.copyOf(sources);
    }

    /** @return whether someone has to act on it (a new finding), rather than it being listed for information */
    public boolean needsAction() {
        return !actions.isEmpty();
    }
}
