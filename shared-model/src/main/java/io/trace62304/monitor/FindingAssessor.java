package io.trace62304.monitor;

import io.trace62304.report.Severity;
import io.trace62304.soup.Assessment;
import io.trace62304.soup.AssessmentNotes;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import io.trace62304.vuln.Exposure;
import io.trace62304.vuln.VulnerabilityMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what a source says now about one vulnerability of one released SOUP component with what the baseline
 * sealed, and decides what has to be done: assess it (7.1.3, 6.2.1.3), re-assess it when its severity rose, and
 * record the communication decision for an exploitable one (6.2.5).
 */
final class FindingAssessor {
    private final SoupEntry entry;
    private final Monitor.ItemContext item;
    private final MonitorPolicy policy;
    private final Map<String, Assessment> current;

    FindingAssessor(final SoupEntry entry, final Monitor.ItemContext item, final MonitorPolicy policy) {
        this.entry = entry;
        this.item = item;
        this.policy = policy;
        this.current = AssessmentNotes.parse(item.assessments(), "SOUP item " + item.key());
    }

    /** @return the finding, or empty when nothing changed and no fix is available */
    Optional<MonitorFinding> assess(final VulnerabilityMatch match) {
        Optional<ComponentVulnerability> sealed = entry.vulnerabilities().stream()
                .filter(v -> match.identifiers().contains(v.id()))
                .findFirst();
        Optional<Assessment> now = match.identifiers().stream()
                .map(current::get)
                .filter(java.util.Objects::nonNull)
                .findFirst();
        Assessment assessment =
                now.orElse(sealed.map(ComponentVulnerability::assessment).orElse(Assessment.NONE));
        List<ChangeKind> changes = changes(match, sealed);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        String communication =
                new ItemNotes(item.communication()).find(match.identifiers()).orElse("");
        List<String> actions = actions(match, sealed, now.isPresent(), assessment, communication, changes);
        return Optional.of(new MonitorFinding(
                entry.ref(),
                entry.itemKey(),
                match.id(),
                match.aliases(),
                changes,
                sealed.map(v -> v.severity().id()).orElse(""),
                match.severity().id(),
                match.score(),
                match.kevDateAdded(),
                match.fixedVersions(),
                assessment.state(),
                communication,
                actions,
                match.sources()));
    }

    private static List<ChangeKind> changes(
            final VulnerabilityMatch match, final Optional<ComponentVulnerability> sealed) {
        List<ChangeKind> changes = new ArrayList<>();
        if (sealed.isEmpty()) {
            changes.add(
                    match.exposure() == Exposure.UNDETERMINED
                            ? ChangeKind.POSSIBLY_AFFECTED
                            : ChangeKind.NEW_VULNERABILITY);
        } else if (sealed.get().severity() != match.severity() && match.severity() != Severity.UNKNOWN) {
            changes.add(ChangeKind.SEVERITY_CHANGED);
        }
        if (match.isKnownExploited()) {
            changes.add(ChangeKind.KNOWN_EXPLOITED);
        }
        if (changes.isEmpty() && !match.fixedVersions().isEmpty()) {
            changes.add(ChangeKind.FIX_AVAILABLE);
        }
        return changes;
    }

    private List<String> actions(
            final VulnerabilityMatch match,
            final Optional<ComponentVulnerability> sealed,
            final boolean reassessed,
            final Assessment assessment,
            final String communication,
            final List<ChangeKind> changes) {
        List<String> actions = new ArrayList<>();
        String where = item.key().isEmpty() ? "a SOUP item (none names this component)" : "SOUP item " + item.key();
        boolean changed = changes.stream().anyMatch(c -> c != ChangeKind.FIX_AVAILABLE);
        if (changed && !assessment.isDecided()) {
            actions.add("assess " + match.id() + " for this released version in " + where
                    + " field 'Vulnerability Assessment' (7.1.3, 6.2.1.3)");
        } else if (changes.contains(ChangeKind.SEVERITY_CHANGED)
                && !reassessed
                && match.severity().compareTo(sealed.orElseThrow().severity()) < 0) {
            actions.add("re-assess " + match.id() + ": its severity rose from "
                    + sealed.get().severity().id() + " to " + match.severity().id() + " since the release (7.1.3)");
        }
        boolean exploitable = assessment.isExploitable()
                || match.isKnownExploited()
                        && !List.of("not_affected", "false_positive").contains(assessment.state());
        if (exploitable && policy.communicationRequired()) {
            if (communication.isEmpty()) {
                actions.add("record in " + where + " (or in its problem report) field 'Communication Decision'"
                        + " whether users and regulators are informed of " + match.id()
                        + " (date and reference, or not required and why) (6.2.5)");
            } else {
                List<String> gaps = new CommunicationDecision(communication).gaps();
                if (!gaps.isEmpty()) {
                    actions.add("complete the Communication Decision on " + match.id() + " in " + where + ": it does"
                            + " not say " + String.join(", nor ", gaps) + " (6.2.5)");
                }
            }
        }
        return actions;
    }
}
