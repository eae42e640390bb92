package io.trace62304.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.coverage.JacocoParser;
import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckXmlParser;
import io.trace62304.junit.JUnitParser;
import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import io.trace62304.sbom.CycloneDxParser;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: whatever bytes a parser is given (here: committed fixtures with random mutations), it returns a
 * record or throws the documented {@link ReportException} naming the file, never anything else.
 */
class ParserFuzzTest {
    private static final List<Target> TARGETS = List.of(
            new Target("junit-surefire-reruns.xml", new JUnitParser()),
            new Target("junit-nested.xml", new JUnitParser()),
            new Target("junit-suite-level-failures.xml", new JUnitParser()),
            new Target("dependency-check-2.2-suppressed-inline.xml", new DependencyCheckXmlParser()),
            new Target("dependency-check-exceptions-object.json", new DependencyCheckJsonParser()),
            new Target("dependency-check-4.0.xml", new DependencyCheckXmlParser()),
            new Target("dependency-check.json", new DependencyCheckJsonParser()),
            new Target("cyclonedx-vex-1.6.json", new CycloneDxParser()),
            new Target("cyclonedx-1.4.xml", new CycloneDxParser()),
            new Target("jacoco-groups.xml", new JacocoParser()));

    private static final List<String> SNIPPETS = List.of(
            "<",
            ">",
            "&",
            "&amp;",
            "&lol;",
            "]]>",
            "<![CDATA[",
            "\"",
            "'",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "<!ENTITY",
            "\u0000",
            "\uFEFF",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "null",
            "1e999999",
            "-1",
            "NaN",
            "<testcase name='x'>",
            "<failure/>",
            "</testsuite>",
            "<counter type='LINE' missed='1' covered='x'/>",
            "\"components\":{}",
            "\"dependencies\":7",
            "<error message='suite failed to start'/>",
            "<failure>",
            "<suppressedVulnerability><name>CVE-1</name><notes>n</notes></suppressedVulnerability>",
            "\"analysisExceptions\":{\"exception\":7},",
            "\"analysisExceptions\":\"x\",",
            "\"analysisExceptions\":[null,1,{}],");

    @Property(tries = 2000, seed = "62304") // fixed seed: CI stays reproducible; change it locally to explore
    void anyMutationYieldsARecordOrTheDocumentedError(@ForAll("mutations") final Mutation mutation) throws IOException {
        Target target = TARGETS.get(mutation.target());
        byte[] original = Files.readAllBytes(Fixtures.of(target.fixture()));
        Path file = Files.createTempFile("fuzz", ".report");
        try {
            Files.write(file, mutation.apply(original));
            Report report = target.parser().parse(file);
            assertThat(report.file()).isEqualTo(file.toString());
        } catch (ReportException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n\tat ");
            assertThat(e.reason()).isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, TARGETS.size() - 1),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(SNIPPETS),
                        Arbitraries.integers().between(0, 255))
                .as(Mutation::new);
    }

    private record Target(String fixture, ReportParser<?> parser) {}

    /** Truncate, flip a byte, insert a hostile snippet, or delete a span, at a relative position. */
    record Mutation(int target, double position, int kind, String snippet, int value) {
        byte[] apply(final byte[] bytes) {
            int at = (int) (position * bytes.length);
            return switch (kind) {
                case 0 -> java.util.Arrays.copyOf(bytes, at);
                case 1 -> {
                    byte[] copy = bytes.clone();
                    copy[Math.min(at, copy.length - 1)] = (byte) value;
                    yield copy;
                }
                case 2 -> splice(bytes, at, at, snippet.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                default -> splice(bytes, at, Math.min(bytes.length, at + value), new byte[0]);
            };
        }

        private static byte[] splice(final byte[] bytes, final int from, final int to, final byte[] insert) {
            byte[] result = new byte[bytes.length - (to - from) + insert.length];
            System.arraycopy(bytes, 0, result, 0, from);
            System.arraycopy(insert, 0, result, from, insert.length);
            System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
            return result;
        }
    }
}
