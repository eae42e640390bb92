package io.trace62304.release;

import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.trace.TestLocations;
import java.util.List;

/**
 * The sealed baseline, the gate decision, the changes since the previous baseline, and where the failing tests of
 * the run were read (for the report's links; not part of the baseline, so a stored release has none).
 */
public record ReleaseOutcome(
        SealedBaseline baseline, GateResult gate, List<BaselineChange> changes, TestLocations tests) {
    public ReleaseOutcome {
        changes = List.copyOf(changes);
        java.util.Objects.requireNonNull(tests);
    }

    /** An outcome without test locations (a stored or re-evaluated release). */
    public ReleaseOutcome(final SealedBaseline baseline, final GateResult gate, final List<BaselineChange> changes) {
        this(baseline, gate, changes, TestLocations.NONE);
    }
}
