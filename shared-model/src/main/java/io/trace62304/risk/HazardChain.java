package io.trace62304.risk;

import io.trace62304.baseline.ItemState;
import java.util.List;
import java.util.Objects;

/**
 * One hazard's chain (7.3.3): the hazard and its severity, the software items recorded as its cause, the risk
 * controls that mitigate it, and the hazard's own gaps.
 */
public record HazardChain(ItemState hazard, List<ItemState> causes, List<ControlChain> controls, List<ChainGap> gaps) {
    public HazardChain {
        Objects.requireNonNull(hazard);
        causes = List.copyOf(causes);
        controls = List.copyOf(controls);
        gaps = List.copyOf(gaps);
    }

    /** The severity as the baseline records it ("severity: serious injury or death"). */
    public String severity() {
        return hazard.classBasis();
    }

    /** Whether anything in this hazard's chain is missing or failing. */
    public boolean hasGap() {
        return !gaps.isEmpty() || controls.stream().anyMatch(ControlChain::hasGap);
    }
}
