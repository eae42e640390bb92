package io.trace62304.baseline;

import io.trace62304.junit.TestOutcome;
import io.trace62304.trace.TestBinding;
import java.util.List;

/**
 * Every test result of the build with the keys it verifies, and the counts by outcome. A flaky result (failed, then
 * passed on a rerun) is kept with outcome {@code FLAKY} in {@code results} and counted in {@code total} only, so
 * baselines written before the outcome existed read and seal unchanged; {@link #flaky()} counts them.
 */
public record TestSummary(long total, long passed, long failed, long errored, long skipped, List<TestBinding> results) {
    public TestSummary {
        if (total < 0 || passed < 0 || failed < 0 || errored < 0 || skipped < 0) {
            throw new IllegalArgumentException("test counts cannot be negative");
        }
        results = List.copyOf(results);
    }

    public static TestSummary of(final List<TestBinding> results) {
        return new TestSummary(
                results.size(),
                count(results, TestOutcome.PASSED),
                count(results, TestOutcome.FAILED),
                count(results, TestOutcome.ERRORED),
                count(results, TestOutcome.SKIPPED),
                results);
    }

    public long flaky() {
        return count(results, TestOutcome.FLAKY);
    }

    private static long count(final List<TestBinding> results, final TestOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
