package io.trace62304.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;

class VerifiesExtensionTest {
    @TempDir
    Path directory;

    @Test
    void shouldWriteAMappingFileWithClassAndMethodKeys() throws IOException {
        Events events = run(SampleTests.class);

        events.assertStatistics(stats -> stats.succeeded(4).failed(0));
        Path file = directory.resolve(SampleTests.class.getName() + ".verifies");
        String id = SampleTests.class.getName();
        assertThat(Files.readAllLines(file))
                .contains(
                        "REQ-1, RC-12: " + id + ".shouldLimitTheRate",
                        "REQ-1, RC-12: " + id + ".shouldLimitTheRate(*",
                        "REQ-1: " + id + ".shouldOnlyInheritTheClassKey",
                        "REQ-1, RC-13: " + id + ".shouldRunPerValue[*");
        assertThat(Files.readString(file)).doesNotContain("withoutKeys");
    }

    @Test
    void shouldWriteTheMappingFileOfAClassThatDeclaresOnlyOnItsMethods() throws IOException {
        Events events = run(MethodOnlyTests.class);

        events.assertStatistics(stats -> stats.succeeded(2).failed(0));
        String id = MethodOnlyTests.class.getName();
        assertThat(Files.readAllLines(directory.resolve(id + ".verifies")))
                .as("an extension registered by a method's @Verifies is never called after all tests")
                .contains("REQ-30: " + id + ".shouldEscapeLineBreaks", "REQ-31: " + id + ".shouldHideThePatient");
    }

    static class MethodOnlyTests {
        @Test
        @Verifies("REQ-30")
        void shouldEscapeLineBreaks() {
            assertThat("a\\nb").contains("\\n");
        }

        @Test
        @Verifies("REQ-31")
        void shouldHideThePatient() {
            assertThat("log").doesNotContain("patient");
        }
    }

    @Test
    void shouldPublishTheKeysAsAReportEntry() {
        Events events = run(SampleTests.class);

        assertThat(events.reportingEntryPublished().stream()
                        .flatMap(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).stream())
                        .map(entry -> entry.getKeyValuePairs().get("trace62304.verifies")))
                .contains("REQ-1, RC-12", "REQ-1");
    }

    @Test
    void shouldFailATestThatDeclaresSomethingThatIsNotAKey() {
        Events events = run(MistypedKeyTests.class);

        events.assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure());
        assertThat(directory.resolve(MistypedKeyTests.class.getName() + ".verifies"))
                .doesNotExist();
    }

    private Events run(final Class<?> tests) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(tests))
                .configurationParameter(VerifiesExtension.DIRECTORY_PROPERTY, directory.toString())
                .execute()
                .testEvents();
    }

    @Verifies("REQ-1")
    static class SampleTests {
        @Test
        @Verifies("RC-12")
        void shouldLimitTheRate() {
            assertThat(1).isOne();
        }

        @Test
        void shouldOnlyInheritTheClassKey() {
            assertThat(2).isEven();
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        @Verifies("RC-13")
        void shouldRunPerValue(final int value) {
            assertThat(value).isPositive();
        }
    }

    static class MistypedKeyTests {
        @Test
        @Verifies("RC 12")
        void shouldNotRun() {
            assertThat(true).isTrue();
        }
    }
}
