package io.trace62304.gate;

import io.trace62304.report.Severity;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import java.util.Optional;

/** 7.1.3: every known vulnerability of a SOUP component has an assessment (not just "in triage"). */
final class VulnerabilitiesAssessedRule implements Rule {
    @Override
    public String id() {
        return "vulnerabilities-assessed";
    }

    @Override
    public String clause() {
        return "7.1.3";
    }

    @Override
    public String title() {
        return "no known vulnerability of a SOUP component is left unassessed";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        return Severity.parse(settings.text("minimumSeverity")).isPresent()
                ? Optional.empty()
                : Optional.of("minimumSeverity is one of critical, high, medium, low, info, none");
    }

    @Override
    public Optional<String> weakening(final RuleSettings settings) {
        Severity minimum = Severity.parse(settings.text("minimumSeverity")).orElse(Severity.NONE);
        return minimum == Severity.NONE
                ? Optional.empty()
                : Optional.of(
                        "skips vulnerabilities below " + minimum.id() + " (minimumSeverity: " + minimum.id() + ")");
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        Severity minimum = Severity.parse(settings.text("minimumSeverity")).orElse(Severity.NONE);
        for (SoupEntry entry : context.baseline().soup()) {
            if (!settings.appliesTo(context.classOf(entry))) {
                continue;
            }
            for (ComponentVulnerability vulnerability : entry.vulnerabilities()) {
                boolean checked = vulnerability.severity() == Severity.UNKNOWN
                        || vulnerability.severity().compareTo(minimum) <= 0;
                if (checked && !vulnerability.assessment().isDecided()) {
                    findings.add(
                            entry.ref(),
                            "an assessment of " + vulnerability.id(),
                            vulnerability.id() + " ("
                                    + vulnerability.severity().id() + ") in "
                                    + entry.component().name() + " "
                                    + entry.component().version() + " is "
                                    + (vulnerability.assessment().state().isEmpty() ? "unassessed" : "still in triage")
                                    + "; record it in SOUP item "
                                    + (entry.itemKey().isEmpty() ? "(none yet)" : entry.itemKey())
                                    + " field 'Vulnerability Assessment' or as VEX");
                }
            }
        }
    }
}
