package io.trace62304.baseline;

import java.util.Objects;

/** A baseline with the digest ({@code sha256:…}) of its canonical JSON. */
public record SealedBaseline(Baseline baseline, String digest) {
    public SealedBaseline {
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(digest);
    }
}
