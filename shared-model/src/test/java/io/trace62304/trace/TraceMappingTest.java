package io.trace62304.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceMappingTest {
    @TempDir
    Path temp;

    @Test
    void shouldMatchTestIdsByGlob() throws IOException, ReportException {
        TraceMapping mapping = TraceMapping.read(write("""
                # legacy suites
                REQ-1, RC-2: com.acme.legacy.*
                REQ-3: com.acme.Exact.test(int)[?]

                REQ-4 REQ-5 : *.smoke*
                """));

        assertThat(mapping.keysFor("com.acme.legacy.PumpTest.shouldStop")).containsExactly("RC-2", "REQ-1");
        assertThat(mapping.keysFor("com.acme.Exact.test(int)[1]")).containsExactly("REQ-3");
        assertThat(mapping.keysFor("com.acme.Exact.test(int)[10]")).isEmpty();
        assertThat(mapping.keysFor("x.smokeTest")).containsExactly("REQ-4", "REQ-5");
        assertThat(mapping.keysFor("com.acme.Other.test")).isEmpty();
        assertThat(TraceMapping.empty().plus(mapping).keysFor("com.acme.legacy.A.b"))
                .hasSize(2);
    }

    @Test
    void shouldNameFileAndLineOfAMalformedLine() throws IOException {
        Path file = write("REQ-1: a.b\nthis line has no colon\n");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> TraceMapping.read(file))
                .withMessageStartingWith(file + ":2:")
                .withMessageContaining("expected 'KEY[, KEY…]: test-id-glob'");
        Path badKey = write("REQ 1: a.b\n");
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> TraceMapping.read(badKey))
                .withMessageContaining("'REQ' is not an issue key");
        Path noGlob = write("REQ-1:\n");
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> TraceMapping.read(noGlob))
                .withMessageContaining("needs keys and a test-id glob");
        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> TraceMapping.read(temp.resolve("none")))
                .withMessageContaining("cannot read the mapping file");
    }

    private Path write(final String text) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "map", ".verifies"), text);
    }
}
