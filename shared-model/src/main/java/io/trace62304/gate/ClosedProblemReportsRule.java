package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import java.util.Optional;

/**
 * A closed problem report records its investigation and resolution (9.2, 9.5): a {@code Risk Evaluation} (its
 * relevance to safety, 9.2), and either a {@code Root Cause} and a verification of the change that passed in this
 * build or in a named earlier baseline (9.7, 9.8; {@link ResolutionVerification}), or, when it was closed without
 * action (a resolution the policy lists in {@code withoutAction}, such as Won't Fix or Duplicate), the
 * {@code No Action Rationale} 9.2d asks for instead. An earlier verification that cannot be checked (no previous
 * baseline, or another one) fails at B and C and warns at A.
 */
final class ClosedProblemReportsRule implements Rule {
    static final String ID = "closed-problem-reports-complete";
    private static final String WITHOUT_ACTION = "withoutAction";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String clause() {
        return "9.2, 9.5, 9.7, 9.8";
    }

    @Override
    public String title() {
        return "a closed problem report records its root cause, its risk evaluation and the verification of its"
                + " resolution, or why no action was taken";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        return settings.node(WITHOUT_ACTION).isArray()
                        && settings.texts(WITHOUT_ACTION).stream().noneMatch(String::isBlank)
                ? Optional.empty()
                : Optional.of("withoutAction lists the resolutions that close a problem report without action");
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        for (ItemState report : context.items(ItemType.PROBLEM_REPORT, settings)) {
            if (report.done()) {
                check(context, settings, report, findings);
            }
        }
    }

    private void check(
            final GateContext context, final RuleSettings settings, final ItemState report, final Findings findings) {
        String described = context.describe(report) + " is closed";
        ItemChecks.absent(report, ItemField.RISK_EVALUATION)
                .ifPresent(what -> findings.add(
                        report.key(),
                        what,
                        described + " without " + what + "; 9.2 asks that the problem's relevance to safety be"
                                + " evaluated through risk management and the outcome recorded (9.5)"));
        String resolution = report.field(ItemField.RESOLUTION.fieldName()).strip();
        if (isWithoutAction(settings, resolution)) {
            ItemChecks.absent(report, ItemField.NO_ACTION_RATIONALE)
                    .ifPresent(what -> findings.add(
                            report.key(),
                            what,
                            described + " as '" + resolution + "' without " + what
                                    + "; 9.2d asks for the rationale for taking no action"));
            return;
        }
        ItemChecks.absent(report, ItemField.ROOT_CAUSE)
                .ifPresent(what -> findings.add(
                        report.key(),
                        what,
                        described + " without " + what
                                + "; 9.2 asks that the problem be investigated and its cause recorded"));
        ResolutionVerification.of(context, report).ifPresent(gap -> {
            String message = described + " without " + gap.missing()
                    + "; 9.7 asks that the resolution be verified, and 9.5, 9.8 that the record show it";
            if (gap.uncheckable() && GateContext.classOf(report) == SafetyClass.A) {
                findings.warn(report.key(), gap.missing(), message + " (a warning at Class A)");
            } else {
                findings.add(report.key(), gap.missing(), message);
            }
        });
    }

    private static boolean isWithoutAction(final RuleSettings settings, final String resolution) {
        return !resolution.isEmpty()
                && settings.texts(WITHOUT_ACTION).stream()
                        .anyMatch(r -> r.strip().equalsIgnoreCase(resolution));
    }
}
