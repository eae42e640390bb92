package io.trace62304.trace;

import io.trace62304.junit.TestOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Items and the tests of one build that verify them: which tests verify this risk control and did they pass,
 * which requirements have no passing test, which items a failing test touches.
 */
public final class TraceGraph {
    private final Map<String, List<TestBinding>> testsByKey = new HashMap<>();
    private final List<TestBinding> bindings;
    /** By test id, made on the first {@link #keysOf} (200,000 results; most graphs are never asked). */
    private final Map<String, List<String>> keysByTest = new HashMap<>();

    private boolean keysIndexed;

    public TraceGraph(final List<TestBinding> bindings) {
        this.bindings = List.copyOf(bindings);
        for (TestBinding binding : bindings) {
            for (String key : binding.keys()) {
                testsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(binding);
            }
        }
    }

    /** The test results that declare they verify the item, in test id order. */
    public List<TestBinding> testsOf(final String key) {
        return testsByKey.getOrDefault(key, List.of());
    }

    /** The keys a test (by id, all its results) declares it verifies. */
    public List<String> keysOf(final String testId) {
        if (!keysIndexed) {
            for (TestBinding binding : bindings) {
                keysByTest
                        .computeIfAbsent(binding.id(), id -> new ArrayList<>())
                        .addAll(binding.keys());
            }
            keysIndexed = true;
        }
        return keysByTest.getOrDefault(testId, List.of()).stream()
                .distinct()
                .sorted()
                .toList();
    }

    public VerificationStatus statusOf(final String key) {
        List<TestBinding> tests = testsOf(key);
        if (tests.isEmpty()) {
            return VerificationStatus.UNTRACED;
        }
        if (tests.stream().anyMatch(TestBinding::isFailure)) {
            return VerificationStatus.FAILED;
        }
        if (tests.stream().anyMatch(TestBinding::isFlaky)) {
            return VerificationStatus.FLAKY;
        }
        return tests.stream().anyMatch(t -> t.outcome() == TestOutcome.PASSED)
                ? VerificationStatus.VERIFIED
                : VerificationStatus.NOT_RUN;
    }

    /** Every key some test declares, including keys of no known item. */
    public List<String> referencedKeys() {
        return testsByKey.keySet().stream().sorted().toList();
    }
}
