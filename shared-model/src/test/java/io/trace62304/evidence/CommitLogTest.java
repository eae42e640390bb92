package io.trace62304.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit list of {@code git log --format='%H %s'}: read whole, or refused with its line. */
class CommitLogTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadFullAndAbbreviatedHashesWithTheirSubjects() throws Exception {
        Path log = Files.writeString(temp.resolve("commits.txt"), """
                3f1c0a9e2b7d4c6f8a1e5b9d0c2f4a6e8b1d3c5f PUMP-12: clamp the rate to the specified limit
                a1b2c3d\tRefactor logging (no functional change)

                0badc0ffee1
                """);

        assertThat(CommitLog.read(log, ReportLimits.DEFAULT))
                .containsExactly(
                        new Commit(
                                "3f1c0a9e2b7d4c6f8a1e5b9d0c2f4a6e8b1d3c5f",
                                "PUMP-12: clamp the rate to the specified limit"),
                        new Commit("a1b2c3d", "Refactor logging (no functional change)"),
                        new Commit("0badc0ffee1", ""));
    }

    @Test
    void shouldRefuseALineThatIsNotACommitOrARepeatedOne() throws IOException {
        Path oneline = Files.writeString(temp.resolve("oneline.txt"), "a1b2c3d first\n* a1b2c3e (HEAD) decorated\n");
        Path twice = Files.writeString(temp.resolve("twice.txt"), "a1b2c3d first\na1b2c3d first again\n");

        assertThatThrownBy(() -> CommitLog.read(oneline, ReportLimits.DEFAULT))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("oneline.txt:2:1")
                .hasMessageContaining("not a commit line");
        assertThatThrownBy(() -> CommitLog.read(twice, ReportLimits.DEFAULT))
                .hasMessageContaining("twice.txt:2:1")
                .hasMessageContaining("commit a1b2c3d is listed twice");
    }
}
