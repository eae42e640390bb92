package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trace62304.evidence.InputFile;
import io.trace62304.gate.Verdict;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import io.trace62304.trace.TraceConventions;
import io.trace62304.trace.TraceMapping;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 11: a FIFO, {@code /dev/zero}, {@code /dev/random} or a 2 GiB sparse file given as a report, a
 * mapping or the previous baseline is refused at once, from its attributes, with one line naming the file; the gate
 * cannot decide (it fails closed) instead of hanging, running out of memory or hashing for a minute.
 */
class SpecialInputsTest {
    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path fifo;

    @BeforeEach
    void makeAFifo() throws Exception {
        fifo = dir.resolve("TEST-fifo.xml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    }

    @Test
    void shouldRefuseSpecialFilesBeforeOpeningThem() throws IOException {
        Path sparse = sparse(dir.resolve("TEST-sparse.xml"));
        assertTimeoutPreemptively(FAST, () -> {
            for (Path special : List.of(fifo, Path.of("/dev/zero"), Path.of("/dev/random"))) {
                assumeTrue(Files.exists(special), special + " is not on this system");
                assertThatExceptionOfType(ReportException.class)
                        .isThrownBy(() -> ReportLimits.DEFAULT.checkFile(special))
                        .withMessage(special
                                + ": is not a regular file (a FIFO, a device, a socket): refused without reading it");
                assertThatExceptionOfType(IOException.class)
                        .isThrownBy(() -> Sha256.of(special))
                        .withMessageContaining("not a regular file");
                assertThatExceptionOfType(ReportException.class)
                        .isThrownBy(() -> TraceMapping.read(special))
                        .withMessage(special + ": cannot read the mapping file: is not a regular file (a FIFO, a "
                                + "device, a socket): refused without reading it");
            }
            assertThatExceptionOfType(ReportException.class)
                    .isThrownBy(() -> ReportLimits.DEFAULT.checkFile(sparse))
                    .withMessage(sparse + ": the file has 2147483648 bytes, more than the limit of 1073741824");
        });
    }

    @Test
    void shouldNotDecideOnAFifoADeviceOrASparseFileAndSayWhichOne() throws Exception {
        sparse(dir.resolve("TEST-sparse.xml"));
        Files.writeString(dir.resolve("TEST-ok.xml"), "<testsuite name='s'><testcase name='MED-3 x'/></testsuite>");

        ReleaseOutcome outcome = assertTimeoutPreemptively(
                FAST,
                () -> new ReleaseRun(message -> {})
                        .run(new ReleaseRequest(
                                new YamlItemSource(Fixtures.of("items.yaml")),
                                Optional.empty(),
                                Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml", "/dev/zero")),
                                List.of("/dev/random", fifo.toString()),
                                Optional.of(Path.of("/dev/zero")),
                                BaselineBuilder.IDENTIFIED,
                                dir,
                                TraceConventions.DEFAULT)));

        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.ERROR);
        List<InputFile> unread = outcome.baseline().baseline().inputs().stream()
                .filter(input -> !input.isReadable())
                .toList();
        assertThat(unread)
                .extracting(InputFile::kind, InputFile::problem)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "junit",
                                fifo
                                        + ": is not a regular file (a FIFO, a device, a socket): refused without reading it"),
                        org.assertj.core.groups.Tuple.tuple(
                                "junit",
                                dir.resolve("TEST-sparse.xml")
                                        + ": the file has 2147483648 bytes, more than the limit of 1073741824"),
                        org.assertj.core.groups.Tuple.tuple(
                                "junit",
                                "/dev/zero: is not a regular file (a FIFO, a device, a socket): refused without reading it"),
                        org.assertj.core.groups.Tuple.tuple(
                                "trace-mapping",
                                "/dev/random: cannot read the mapping file: is not a regular file (a FIFO, a device, "
                                        + "a socket): refused without reading it"),
                        org.assertj.core.groups.Tuple.tuple(
                                "trace-mapping",
                                fifo + ": cannot read the mapping file: is not a regular file (a FIFO, a device, "
                                        + "a socket): refused without reading it"),
                        org.assertj.core.groups.Tuple.tuple(
                                "previous-baseline",
                                "/dev/zero: is not a regular file (a FIFO, a device, a socket): refused without reading it"));
        assertThat(unread).allSatisfy(input -> assertThat(input.problem()).doesNotContain("\n"));
    }

    @Test
    void shouldRefuseSpecialFilesAsMonitoringInputsAndReportThemInDirectories() throws IOException {
        Path baselines = Files.createDirectories(dir.resolve("released"));
        Path osv = Files.createDirectories(dir.resolve("osv"));
        Files.move(fifo, baselines.resolve("baseline.json"));
        Files.createSymbolicLink(osv.resolve("GHSA-x.json"), Path.of("/dev/zero"));

        assertTimeoutPreemptively(FAST, () -> {
            assertThat(io.trace62304.monitor.BaselineFiles.expand(List.of(baselines)))
                    .containsExactly(baselines.resolve("baseline.json"));
            assertThat(new io.trace62304.baseline.BaselineVerifier()
                            .verify(baselines.resolve("baseline.json"), Optional.empty()))
                    .singleElement()
                    .asString()
                    .contains("is not a regular file");
            assertThatExceptionOfType(ReportException.class)
                    .isThrownBy(() -> io.trace62304.monitor.BaselineFiles.expand(List.of(Path.of("/dev/zero"))))
                    .withMessageContaining("/dev/zero: is not a regular file");
            assertThatExceptionOfType(ReportException.class)
                    .isThrownBy(() -> new io.trace62304.vuln.OsvDirectory(ReportLimits.DEFAULT).load(List.of(osv)))
                    .withMessageContaining("GHSA-x.json: is not a regular file");
            assertThatExceptionOfType(ReportException.class)
                    .isThrownBy(() -> new io.trace62304.vuln.OsvDirectory(ReportLimits.DEFAULT)
                            .load(List.of(Path.of("/dev/random"))))
                    .withMessageContaining("/dev/random: is not a regular file");
        });
    }

    private static Path sparse(final Path file) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(2L << 30);
        }
        return file;
    }
}
