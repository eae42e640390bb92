package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.soup.ComponentVulnerability;
import io.trace62304.soup.SoupEntry;

/**
 * 5.8.2, 5.8.3, 7.1.3: a SOUP vulnerability assessed as exploitable is a known residual anomaly, of whatever
 * severity; it needs a risk evaluation, recorded on an open problem report that names it in its summary, so
 * that it is evaluated and appears in the anomaly list with its consequence for users. {@code
 * exploitable-vulnerabilities} still decides which severities cannot be released even when evaluated. At Class A
 * this is a QMS criterion (5.8.3 and 7.1.3 are Class B and C; FDA's premarket cybersecurity guidance, V.A.5, asks
 * for a security assessment of every unresolved anomaly).
 */
final class VulnerabilitiesEvaluatedRule implements Rule {
    @Override
    public String id() {
        return "vulnerabilities-evaluated";
    }

    @Override
    public String clause() {
        return "5.8.2, 5.8.3, 7.1.3";
    }

    @Override
    public String title() {
        return "every SOUP vulnerability assessed as exploitable, of any severity, has a recorded risk evaluation";
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        ProblemReports reports = context.problemReports();
        for (SoupEntry entry : context.baseline().soup()) {
            if (!settings.appliesTo(context.classOf(entry))) {
                continue;
            }
            for (ComponentVulnerability vulnerability : entry.vulnerabilities()) {
                if (!vulnerability.assessment().isExploitable()
                        || reports.openDeclaringVulnerability(vulnerability.id()).stream()
                                .anyMatch(VulnerabilitiesEvaluatedRule::evaluated)) {
                    continue;
                }
                findings.add(
                        entry.ref(),
                        "a risk evaluation of " + vulnerability.id(),
                        vulnerability.id() + " (" + vulnerability.severity().id() + ") in "
                                + entry.component().name() + " "
                                + entry.component().version()
                                + " is assessed as exploitable and no open problem report naming "
                                + vulnerability.id() + " in its summary records a 'Risk Evaluation'");
            }
        }
    }

    private static boolean evaluated(final ItemState report) {
        return !report.field(ItemField.RISK_EVALUATION.fieldName()).isBlank();
    }
}
