package io.trace62304.gate;

import io.trace62304.item.SafetyClass;
import io.trace62304.report.Severity;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;
import java.util.Map;
import java.util.Optional;

/**
 * 7.1.3: every known vulnerability of a SOUP component has an assessment (not just "in triage"). A vulnerability
 * of unknown severity (no score, or from vulnerability data older than {@code maxDataAge}) is always checked: it
 * blocks at Class B and C and is a warning at A. A suppression is an assessment only with a recorded reason.
 * Vulnerability data too old, or of unknown age, is itself a finding (it may miss vulnerabilities).
 */
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
        return "no known vulnerability of a SOUP component is left unassessed, and the vulnerability data is current";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        if (Severity.parse(settings.text("minimumSeverity")).isEmpty()) {
            return Optional.of("minimumSeverity is one of critical, high, medium, low, info, none");
        }
        String maxAge = settings.text(VulnerabilityEvidence.MAX_DATA_AGE);
        if (!maxAge.isBlank() && VulnerabilityEvidence.parseMaxAge(maxAge).isEmpty()) {
            return Optional.of(VulnerabilityEvidence.MAX_DATA_AGE
                    + " is an ISO 8601 duration (P30D, PT12H) or a number of days, not '" + maxAge + "'");
        }
        return Optional.empty();
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
        VulnerabilityEvidence evidence = context.vulnerabilityEvidence();
        SafetyClass system = context.systemClass();
        if (settings.appliesTo(system)) {
            for (Map.Entry<String, String> source : evidence.distrusted().entrySet()) {
                String message = source.getKey() + ": " + source.getValue()
                        + "; the vulnerabilities it reports count as unknown severity and it may miss newer ones;"
                        + " rescan with current data";
                addByClass(findings, system, source.getKey(), "current vulnerability data", message);
            }
        }
        for (SoupEntry entry : context.baseline().soup()) {
            SafetyClass safetyClass = context.classOf(entry);
            if (!settings.appliesTo(safetyClass)) {
                continue;
            }
            for (ComponentVulnerability vulnerability : entry.vulnerabilities()) {
                Severity severity = evidence.severityOf(entry, vulnerability);
                boolean checked = severity == Severity.UNKNOWN || severity.compareTo(minimum) <= 0;
                if (checked && "resolved".equals(vulnerability.assessment().state())) {
                    resolvedOnUnchangedVersion(context, entry, vulnerability, findings);
                }
                if (!checked || vulnerability.assessment().isDecided()) {
                    continue;
                }
                String message = vulnerability.id() + " ("
                        + severity.id()
                        + evidence.unknownBecause(entry, vulnerability)
                                .map(why -> ": " + why)
                                .orElse("")
                        + ") in " + entry.component().name() + " "
                        + entry.component().version() + " is "
                        + state(vulnerability) + "; record it in SOUP item "
                        + (entry.itemKey().isEmpty() ? "(none yet)" : entry.itemKey())
                        + " field 'Vulnerability Assessment' or as VEX";
                String missing = "an assessment of " + vulnerability.id();
                if (severity == Severity.UNKNOWN) {
                    addByClass(findings, safetyClass, entry.ref(), missing, message);
                } else {
                    findings.add(entry.ref(), missing, message);
                }
            }
        }
    }

    /**
     * {@code resolved} means the SOUP was changed to a version without the vulnerability (CycloneDX); a scan of this
     * build still reports it for the version in the build, so that version did not change to a fixed one (M15).
     * A patched copy is {@code resolved_with_pedigree}.
     */
    private static void resolvedOnUnchangedVersion(
            final GateContext context,
            final SoupEntry entry,
            final ComponentVulnerability vulnerability,
            final Findings findings) {
        String version = entry.component().version();
        boolean unchanged = context.previous().stream()
                .flatMap(p -> p.baseline().soup().stream())
                .anyMatch(before -> before.ref().equals(entry.ref())
                        && before.component().version().equals(version));
        findings.add(
                entry.ref(),
                "a fixed version, or an assessment other than resolved, of " + vulnerability.id(),
                vulnerability.id() + " in " + entry.component().name() + " " + version + " is assessed 'resolved' ("
                        + vulnerability.assessment().recordedIn() + "), but "
                        + (unchanged ? "the version is unchanged since the previous baseline and " : "")
                        + "the scans of this build still report it for version " + version
                        + ": resolved means a version without it; upgrade, or record resolved_with_pedigree (a patched"
                        + " copy, with its pedigree), not affected with a reason, or exploitable");
    }

    private static String state(final ComponentVulnerability vulnerability) {
        if (vulnerability.isSuppressed()) {
            return "suppressed in Dependency-Check (" + vulnerability.suppressedIn()
                    + ") without a recorded reason, which is not an assessment";
        }
        return vulnerability.assessment().state().isEmpty() ? "unassessed" : "still in triage";
    }

    /** Unknown severity blocks at Class B and C, and is reported at A. */
    private static void addByClass(
            final Findings findings,
            final SafetyClass safetyClass,
            final String item,
            final String missing,
            final String message) {
        if (safetyClass == SafetyClass.A) {
            findings.warn(item, missing, message + " (a warning at Class A)");
        } else {
            findings.add(item, missing, message);
        }
    }
}
