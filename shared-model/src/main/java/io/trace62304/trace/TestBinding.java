package io.trace62304.trace;

import io.trace62304.junit.TestOutcome;
import java.util.List;
import java.util.Objects;

/** One test result of this build and the item keys it verifies, in key order. */
public record TestBinding(String id, TestOutcome outcome, List<String> keys) {
    public TestBinding {
        Objects.requireNonNull(id);
        Objects.requireNonNull(outcome);
        keys = List.copyOf(keys);
    }

    public boolean isFailure() {
        return outcome == TestOutcome.FAILED || outcome == TestOutcome.ERRORED;
    }

    /** Failed, then passed on a rerun. */
    public boolean isFlaky() {
        return outcome == TestOutcome.FLAKY;
    }

    /** A failing, errored or flaky result: a known anomaly of the build (5.7.2) until a problem report explains it. */
    public boolean isAnomaly() {
        return isFailure() || isFlaky();
    }
}
