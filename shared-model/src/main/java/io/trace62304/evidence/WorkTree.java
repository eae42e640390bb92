package io.trace62304.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whether a Git working tree holds exactly its checked-out revision (5.1.10, 8.1.3): {@code git status --porcelain
 * --untracked-files=no} in the directory. Nothing to report is {@link BuildInfo.TreeState#CLEAN}, a modified or
 * staged tracked file {@link BuildInfo.TreeState#DIRTY}; no git, no repository, a failure or a timeout is
 * {@link BuildInfo.TreeState#UNKNOWN}, which a release at Class B or C does not pass. Untracked files (build
 * output) do not count: they are not what the revision holds, and the baseline records what was read and shipped.
 */
public final class WorkTree {
    private static final long TIMEOUT_SECONDS = 30;

    private WorkTree() {}

    public static BuildInfo.TreeState probe(final Path directory) {
        if (!Files.isDirectory(directory)) {
            return BuildInfo.TreeState.UNKNOWN;
        }
        try {
            Process git = new ProcessBuilder(
                            List.of("git", "-C", directory.toString(), "status", "--porcelain", "--untracked-files=no"))
                    .redirectErrorStream(true)
                    .start();
            git.getOutputStream().close();
            byte[] output;
            try (InputStream in = git.getInputStream()) {
                output = in.readNBytes(1);
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return BuildInfo.TreeState.UNKNOWN;
            }
            if (git.exitValue() != 0) {
                return BuildInfo.TreeState.UNKNOWN;
            }
            return output.length == 0 ? BuildInfo.TreeState.CLEAN : BuildInfo.TreeState.DIRTY;
        } catch (IOException e) {
            return BuildInfo.TreeState.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BuildInfo.TreeState.UNKNOWN;
        }
    }
}
