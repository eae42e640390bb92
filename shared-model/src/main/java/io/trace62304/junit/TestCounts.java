package io.trace62304.junit;

/**
 * Counts derived from the test cases themselves, never from a suite's {@code tests}/{@code failures}
 * attributes (Surefire counts every rerun there).
 *
 * @param tests   test cases
 * @param passed  passed, flaky ones included
 * @param failed  failed
 * @param errored errored
 * @param skipped skipped
 * @param flaky   passed only after failing at least once
 */
public record TestCounts(long tests, long passed, long failed, long errored, long skipped, long flaky) {
    /** @return counts of nothing */
    public static TestCounts none() {
        return new TestCounts(0, 0, 0, 0, 0, 0);
    }

    /**
     * @param test one more test case
     * @return these counts with it added
     */
    public TestCounts plus(final TestCase test) {
        TestOutcome outcome = test.outcome();
        return new TestCounts(
                tests + 1,
                passed + (outcome == TestOutcome.PASSED ? 1 : 0),
                failed + (outcome == TestOutcome.FAILED ? 1 : 0),
                errored + (outcome == TestOutcome.ERRORED ? 1 : 0),
                skipped + (outcome == TestOutcome.SKIPPED ? 1 : 0),
                flaky + (test.flaky() ? 1 : 0));
    }
}
