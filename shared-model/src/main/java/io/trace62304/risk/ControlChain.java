package io.trace62304.risk;

import java.util.List;
import java.util.Objects;

/** A risk control in the chain, with the requirements and software items that implement it (5.2.3, 7.2.2). */
public record ControlChain(ChainLink control, List<ChainLink> implementers) {
    public ControlChain {
        Objects.requireNonNull(control);
        implementers = List.copyOf(implementers);
    }

    /** Whether the control or any implementer has a gap. */
    public boolean hasGap() {
        return !control.gaps().isEmpty()
                || implementers.stream().anyMatch(i -> !i.gaps().isEmpty());
    }
}
