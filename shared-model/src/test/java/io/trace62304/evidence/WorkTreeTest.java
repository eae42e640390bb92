package io.trace62304.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working tree's state from git (5.1.10, 8.1.3): clean, dirty, or unknown outside a repository. */
class WorkTreeTest {
    @TempDir
    Path temp;

    @BeforeEach
    void needsGit() {
        assumeTrue(git(temp, "--version") == 0, "git is not installed: the probe answers UNKNOWN, tested below");
    }

    private static int git(final Path dir, final String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void shouldTellACleanFromADirtyTreeAndIgnoreUntrackedBuildOutput() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        assertThat(git(repo, "init", "-q")).isZero();
        Files.writeString(repo.resolve("Pump.java"), "class Pump {}\n");
        git(repo, "add", "Pump.java");
        assertThat(git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one"))
                .isZero();
        Files.createDirectories(repo.resolve("target"))
                .resolve("pump.jar")
                .toFile()
                .createNewFile();

        assertThat(WorkTree.probe(repo)).isEqualTo(BuildInfo.TreeState.CLEAN);

        Files.writeString(repo.resolve("Pump.java"), "class Pump { int patched; }\n");
        assertThat(WorkTree.probe(repo)).isEqualTo(BuildInfo.TreeState.DIRTY);
    }

    @Test
    void shouldBeUnknownOutsideARepositoryOrForAMissingDirectory() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));

        assertThat(WorkTree.probe(plain)).isEqualTo(BuildInfo.TreeState.UNKNOWN);
        assertThat(WorkTree.probe(temp.resolve("missing"))).isEqualTo(BuildInfo.TreeState.UNKNOWN);
    }
}
