package io.trace62304.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every report parser must do, whatever its format: read its own fixture into a verified record, and
 * refuse missing, empty, truncated and foreign files with an error that names the file.
 *
 * @param <R> the record type
 */
public abstract class ParserContract<R extends Report> {
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
