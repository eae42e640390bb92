package io.trace62304.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every report parser must do, whatever its format: read its own fixture into a verified record, and
 * refuse missing, empty, truncated and foreign files with an error that names the file, and FIFOs, devices and
 * oversized (sparse) files at once, before reading a byte (issue 17, point 11).
 *
 * @param <R> the record type
 */
public abstract class ParserContract<R extends Report> {
    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    protected Path temp;

    /** @return the parser under test */
    protected abstract ReportParser<R> parser();

    /** @return a committed fixture of this format */
    protected abstract Path fixture();

    /**
     * @param report the fixture, parsed
     * @param softly where to assert
     */
    protected abstract void verify(R report, SoftAssertions softly);

    /** @return a valid document of another format, which this parser must refuse */
    protected abstract Path foreignFixture();

    @Test
    void shouldReadItsFixture() throws ReportException {
        R report = parser().parse(fixture());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.file()).isEqualTo(fixture().toString());
        verify(report, softly);
        softly.assertAll();
    }

    @Test
    void shouldBeRepeatable() throws ReportException {
        assertThat(parser().parse(fixture())).isEqualTo(parser().parse(fixture()));
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = temp.resolve("missing-report");
        assertRefused(missing, "no such file");
    }

    @Test
    void shouldRefuseAnEmptyFile() throws IOException {
        assertRefused(Files.write(temp.resolve("empty"), new byte[0]), "empty");
    }

    @Test
    void shouldRefuseATruncatedFile() throws IOException {
        byte[] whole = Files.readAllBytes(fixture());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefused(Files.write(temp.resolve("truncated"), half), "");
    }

    @Test
    void shouldRefuseAnotherFormat() {
        assertRefused(foreignFixture(), "");
    }

    @Test
    void shouldRefuseADirectory() {
        assertRefused(temp, "");
    }

    @Test
    void shouldReadThroughASymbolicLinkAndNameADanglingOne() throws IOException, ReportException {
        Path link = Files.createSymbolicLink(
                temp.resolve("linked-report"), fixture().toAbsolutePath());
        assertThat(parser().parse(link)).isNotNull();
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling-report"), temp.resolve("gone"));
        assertRefused(dangling, "no such file");
    }

    @Test
    void shouldRefuseAFifoAtOnce() throws Exception {
        Path fifo = temp.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        assertTimeoutPreemptively(FAST, () -> assertRefused(fifo, "not a regular file"));
    }

    @Test
    void shouldRefuseDevicesAtOnce() {
        for (String device : List.of("/dev/zero", "/dev/random", "/dev/null")) {
            Path file = Path.of(device);
            Assumptions.assumeTrue(Files.exists(file), device + " is not on this system");
            assertTimeoutPreemptively(FAST, () -> assertRefused(file, "not a regular file"));
        }
    }

    @Test
    void shouldRefuseAnOversizedSparseFileWithoutReadingIt() throws IOException {
        Path sparse = temp.resolve("sparse");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(2L << 30);
        }
        assertTimeoutPreemptively(FAST, () -> assertRefused(sparse, "more than the limit"));
    }

    /**
     * @param file   a file the parser must refuse
     * @param reason a fragment the reason must contain (may be empty)
     * @return the error, for further checks
     */
    protected ReportException assertRefused(final Path file, final String reason) {
        try {
            R report = parser().parse(file);
            throw new AssertionError("expected " + file + " to be refused, but it parsed: " + report);
        } catch (ReportException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file.toString()).contains(reason);
            assertThat(e.reason()).isNotBlank();
            return e;
        } catch (RuntimeException e) {
            throw new AssertionError("expected a ReportException for " + file + ", got " + e, e);
        }
    }

    /**
     * @param name    file name in the temp folder
     * @param content its content, UTF-8
     * @return the file
     * @throws IOException if it cannot be written
     */
    protected Path write(final String name, final String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    /** Guards against a contract that tests nothing: the assertion helper itself must fail on a good file. */
    @Test
    void shouldNotAcceptItsOwnFixtureAsRefused() {
        assertThatThrownBy(() -> assertRefused(fixture(), "")).isInstanceOf(AssertionError.class);
    }
}
