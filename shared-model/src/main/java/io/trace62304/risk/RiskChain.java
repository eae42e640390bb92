package io.trace62304.risk;

import java.util.List;

/**
 * The risk chain of a baseline: one {@link HazardChain} per hazard in key order, and the risk controls that
 * mitigate no hazard in scope (each with the gap {@link ChainGap#MITIGATES_NO_HAZARD}).
 */
public record RiskChain(List<HazardChain> hazards, List<ControlChain> unattachedControls) {
    public RiskChain {
        hazards = List.copyOf(hazards);
        unattachedControls = List.copyOf(unattachedControls);
    }

    /** The hazards whose chain has a gap. */
    public long hazardsWithGaps() {
        return hazards.stream().filter(HazardChain::hasGap).count();
    }
}
