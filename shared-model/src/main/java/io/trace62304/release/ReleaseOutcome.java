package io.trace62304.release;

import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import java.util.List;

/** The sealed baseline, the gate decision and the changes since the previous baseline. */
public record ReleaseOutcome(SealedBaseline baseline, GateResult gate, List<BaselineChange> changes) {
    public ReleaseOutcome {
        changes = List.copyOf(changes);
    }
}
