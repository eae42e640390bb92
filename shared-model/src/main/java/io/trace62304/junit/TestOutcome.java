package io.trace62304.junit;

/** How one test case ended (JUnit XML {@code <failure>}, {@code <error>}, {@code <skipped>} or none). */
public enum TestOutcome {
    PASSED,
    FAILED,
    ERRORED,
    SKIPPED,
    /**
     * Failed or errored, then passed on a rerun (Surefire {@code flakyFailure}, {@code flakyError}). The parser
     * reports such a case as {@link #PASSED} with {@link TestCase#flaky()} set, so a report's counts stay its own;
     * the trace binding and the baseline keep it as this outcome of its own (an anomaly, 5.7.2).
     */
    FLAKY
}
