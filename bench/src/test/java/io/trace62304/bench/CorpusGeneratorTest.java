package io.trace62304.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.junit.JUnitParser;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path temp;

    @Test
    void shouldWriteACorpusThatParsesToWhatWasGenerated() throws IOException, ReportException {
        long failed = new CorpusGenerator(1).writeJUnit(temp.resolve("junit"), 3, 50);

        long parsedFailed = 0;
        long parsedCases = 0;
        try (Stream<Path> files = Files.list(temp.resolve("junit"))) {
            for (Path file : files.toList()) {
                var counts = new JUnitParser().parse(file).counts();
                parsedFailed += counts.failed();
                parsedCases += counts.tests();
            }
        }
        assertThat(parsedCases).isEqualTo(150);
        assertThat(parsedFailed).isEqualTo(failed);
    }

    @Test
    void shouldWriteTheRequestedDependencyCheckShape() throws IOException, ReportException {
        Path file = temp.resolve("dc.json");
        new CorpusGenerator(1).writeDependencyCheck(file, 15, 31);

        DependencyCheckReport report = new DependencyCheckJsonParser().parse(file);
        assertThat(report.dependencies()).hasSize(15);
        assertThat(report.vulnerabilityCount()).isEqualTo(31);
    }

    @Test
    void shouldBeDeterministic() throws IOException {
        new CorpusGenerator(7).writeJUnit(temp.resolve("a"), 1, 20);
        new CorpusGenerator(7).writeJUnit(temp.resolve("b"), 1, 20);

        String name = "TEST-com.example.pump.module0000.SuiteTest.xml";
        assertThat(Files.readString(temp.resolve("a").resolve(name)))
                .isEqualTo(Files.readString(temp.resolve("b").resolve(name)));
    }
}
