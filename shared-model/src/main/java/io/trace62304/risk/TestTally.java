package io.trace62304.risk;

import io.trace62304.trace.TestBinding;
import java.util.List;

/** The outcomes in this build of the tests that verify one item, counted. */
public record TestTally(int passed, int failed, int errored, int skipped, int flaky) {
    public static final TestTally NONE = new TestTally(0, 0, 0, 0, 0);

    public static TestTally of(final List<TestBinding> tests) {
        int[] counts = new int[5];
        for (TestBinding test : tests) {
            switch (test.outcome()) {
                case PASSED -> counts[0]++;
                case FAILED -> counts[1]++;
                case ERRORED -> counts[2]++;
                case SKIPPED -> counts[3]++;
                case FLAKY -> counts[4]++;
            }
        }
        return new TestTally(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    public int total() {
        return passed + failed + errored + skipped + flaky;
    }

    /** Whether a verifying test failed, errored or was flaky. */
    public boolean failing() {
        return failed + errored + flaky > 0;
    }

    /** "3 passed, 1 failed", "no test". */
    public String describe() {
        if (total() == 0) {
            return "no test";
        }
        StringBuilder text = new StringBuilder();
        append(text, passed, "passed");
        append(text, failed, "failed");
        append(text, errored, "errored");
        append(text, flaky, "flaky");
        append(text, skipped, "skipped");
        return text.toString();
    }

    private static void append(final StringBuilder text, final int count, final String label) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(label);
        }
    }
}
