package io.trace62304.anomaly;

import java.util.List;
import java.util.Objects;

/**
 * One known residual anomaly of a release. Text that is not recorded is empty, never invented.
 *
 * @param kind           where it comes from
 * @param id             the problem report's key, the test's id, or the vulnerability id and the component
 * @param title          what it is, in one line
 * @param status         the report's status, the test's outcome, or the vulnerability's assessment
 * @param safetyClass    the class of what it affects (the report's, the highest of the tested items, the SOUP item's)
 * @param level          that class in the terms of the policy's classification profile ("Class C", "rigour level II")
 * @param criticality    the recorded criticality (9.1)
 * @param riskEvaluation the recorded evaluation of its contribution to risk (5.8.3)
 * @param consequence    the recorded consequence for users
 * @param workaround     the recorded workaround
 * @param justification  why it is released unresolved: the deferral justification, or for a report closed without a
 *     fix its no action rationale (9.2d), where recorded
 * @param evaluation     whether a risk evaluation is recorded
 * @param recordedIn     the problem reports the recorded text comes from
 * @param concerns       the items it concerns (linked or verified items, the SOUP item)
 */
public record Anomaly(
        AnomalyKind kind,
        String id,
        String title,
        String status,
        String safetyClass,
        String level,
        String criticality,
        String riskEvaluation,
        String consequence,
        String workaround,
        String justification,
        Evaluation evaluation,
        List<String> recordedIn,
        List<String> concerns) {
    public Anomaly {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(status);
        Objects.requireNonNull(safetyClass);
        Objects.requireNonNull(level);
        Objects.requireNonNull(criticality);
        Objects.requireNonNull(riskEvaluation);
        Objects.requireNonNull(consequence);
        Objects.requireNonNull(workaround);
        Objects.requireNonNull(justification);
        Objects.requireNonNull(evaluation);
        recordedIn = List.copyOf(recordedIn);
        concerns = List.copyOf(concerns);
    }

    /** The clauses that make it a residual anomaly. */
    public String clause() {
        return kind.clause();
    }
}
