package io.trace62304.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.junit.TestOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceGraphTest {
    private final TraceGraph graph = new TraceGraph(List.of(
            new TestBinding("t.passes", TestOutcome.PASSED, List.of("RC-1", "REQ-1")),
            new TestBinding("t.fails", TestOutcome.FAILED, List.of("REQ-1")),
            new TestBinding("t.skipped", TestOutcome.SKIPPED, List.of("REQ-2")),
            new TestBinding("t.errors", TestOutcome.ERRORED, List.of("REQ-3")),
            new TestBinding("t.untraced", TestOutcome.PASSED, List.of())));

    @Test
    void shouldAnswerWhichTestsVerifyAnItemAndWhetherTheyPassed() {
        assertThat(graph.testsOf("REQ-1")).extracting(TestBinding::id).containsExactly("t.passes", "t.fails");
        assertThat(graph.statusOf("RC-1")).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(graph.statusOf("REQ-1")).isEqualTo(VerificationStatus.FAILED);
        assertThat(graph.statusOf("REQ-2")).isEqualTo(VerificationStatus.NOT_RUN);
        assertThat(graph.statusOf("REQ-3")).isEqualTo(VerificationStatus.FAILED);
        assertThat(graph.statusOf("REQ-9")).isEqualTo(VerificationStatus.UNTRACED);
    }

    @Test
    void shouldAnswerWhichItemsAFailingTestTouches() {
        assertThat(graph.keysOf("t.fails")).containsExactly("REQ-1");
        assertThat(graph.keysOf("t.untraced")).isEmpty();
        assertThat(graph.referencedKeys()).containsExactly("RC-1", "REQ-1", "REQ-2", "REQ-3");
    }
}
