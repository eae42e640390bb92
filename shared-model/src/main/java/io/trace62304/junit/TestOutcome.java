package io.trace62304.junit;

/** How one test case ended (JUnit XML {@code <failure>}, {@code <error>}, {@code <skipped>} or none). */
public enum TestOutcome {
    PASSED,
    FAILED,
    ERRORED,
    SKIPPED
}
