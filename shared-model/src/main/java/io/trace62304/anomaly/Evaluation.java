package io.trace62304.anomaly;

/** Whether a residual anomaly has been evaluated for its contribution to risk (5.8.3). */
public enum Evaluation {
    /** A risk evaluation is recorded: on the problem report itself, or on an open report that declares it. */
    EVALUATED("risk evaluation recorded"),
    /** No risk evaluation is recorded anywhere the gate can see. */
    NOT_EVALUATED("no risk evaluation recorded");

    private final String description;

    Evaluation(final String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
