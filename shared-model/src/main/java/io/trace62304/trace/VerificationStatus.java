package io.trace62304.trace;

/** Whether an item is verified in this build: by the tests that declare they verify it, or otherwise (5.7.4). */
public enum VerificationStatus {
    /** At least one verifying test passed and none failed. */
    VERIFIED,
    /**
     * No test of this build verifies it (none traced, or all skipped), but an approved verification record
     * (inspection, analysis) does: "otherwise verified" (5.7.4), reported apart so an auditor can sample it.
     */
    VERIFIED_OTHERWISE,
    /** A verifying test failed or errored. */
    FAILED,
    /** No verifying test failed, but one failed and then passed on a rerun: not a reliable verification. */
    FLAKY,
    /** Verifying tests exist but all were skipped. */
    NOT_RUN,
    /** No test declares that it verifies the item. */
    UNTRACED
}
