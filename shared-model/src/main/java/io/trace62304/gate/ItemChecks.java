package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemField;
import java.util.Optional;

/** The conditions of the per-item rules, each answering "what evidence is missing". */
final class ItemChecks {
    private ItemChecks() {}

    static Optional<String> deferralJustified(final GateContext context, final ItemState report) {
        return isOpen(report) && context.policy().isDeferred(report.status())
                ? absent(report, ItemField.DEFERRAL_JUSTIFICATION)
                : Optional.empty();
    }

    static Optional<String> anomalyEvaluated(final GateContext context, final ItemState report) {
        return isOpen(report) ? absent(report, ItemField.RISK_EVALUATION) : Optional.empty();
    }

    static Optional<String> anomalyDeferred(final GateContext context, final ItemState report) {
        if (!isOpen(report) || context.policy().isDeferred(report.status())) {
            return Optional.empty();
        }
        return Optional.of(
                context.policy().deferredStatuses().isEmpty()
                        ? "a resolution (this policy allows no open problem report at release)"
                        : "a deferral decision (it is open, and not in a deferred status "
                                + context.policy().deferredStatuses() + ")");
    }

    static Optional<String> passingVerification(final GateContext context, final ItemState item) {
        return switch (item.verification()) {
            case VERIFIED -> Optional.empty();
            case VERIFIED_OTHERWISE ->
                Optional.of("a passing verifying test (only an approved verification record verifies it; 7.3.1 is"
                        + " checked here by a test that passed in this build)");
            case FAILED -> Optional.of("a passing verification (a verifying test failed in this build)");
            case FLAKY ->
                Optional.of("a passing verification (a verifying test failed, then passed on a rerun, in this build)");
            case NOT_RUN -> Optional.of("a passing verification (its verifying tests were skipped in this build)");
            case UNTRACED -> Optional.of("a passing verification (no test of this build declares it verifies it)");
        };
    }

    private static boolean isOpen(final ItemState report) {
        return !report.done();
    }

    /** "the field 'Root Cause'" when the item has no value for it. */
    static Optional<String> absent(final ItemState item, final ItemField field) {
        return item.field(field.fieldName()).isBlank()
                ? Optional.of("the field '" + field.fieldName() + "'")
                : Optional.empty();
    }
}
