package io.trace62304.trace;

/** Whether an item is verified in this build, from the tests that declare they verify it. */
public enum VerificationStatus {
    /** At least one verifying test passed and none failed. */
    VERIFIED,
    /** A verifying test failed or errored. */
    FAILED,
    /** No verifying test failed, but one failed and then passed on a rerun: not a reliable verification. */
    FLAKY,
    /** Verifying tests exist but all were skipped. */
    NOT_RUN,
    /** No test declares that it verifies the item. */
    UNTRACED
}
