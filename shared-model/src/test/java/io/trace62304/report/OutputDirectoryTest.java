package io.trace62304.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, points 7 and 8: a symbolic link planted in {@code --out} never makes a write land outside it, and each
 * output directory is the result of exactly one run.
 */
class OutputDirectoryTest {
    @TempDir
    Path temp;

    private Path out;
    private Path outside;

    @BeforeEach
    void plantATarget() throws IOException {
        out = Files.createDirectories(temp.resolve("out"));
        outside = Files.writeString(temp.resolve("outside.txt"), "precious");
    }

    @Test
    void shouldNotFollowALinkAtTheOldTemporaryNameAndWriteAtomically() throws IOException {
        Files.createSymbolicLink(out.resolve("report.html.tmp"), outside);
        Files.createSymbolicLink(out.resolve(".report.html.tmp"), outside);

        try (OutputDirectory directory = OutputDirectory.lock(out)) {
            directory.write("report.html", "new".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(outside).hasContent("precious");
        assertThat(out.resolve("report.html")).hasContent("new");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "report.html", "report.html.tmp", ".report.html.tmp", OutputDirectory.LOCK);
        }
    }

    @Test
    void shouldRefuseAnOutputFileThatIsALink() throws IOException {
        Files.createSymbolicLink(out.resolve("baseline.json"), outside);

        try (OutputDirectory directory = OutputDirectory.lock(out)) {
            assertThatExceptionOfType(IOException.class)
                    .isThrownBy(() -> directory.write("baseline.json", new byte[] {1}))
                    .withMessageContaining("baseline.json: the output file is a symbolic link");
        }
        assertThat(outside).hasContent("precious");
        assertThat(Files.isSymbolicLink(out.resolve("baseline.json"))).isTrue();
    }

    @Test
    void shouldRefuseAnOutputDirectoryOrSubdirectoryThatIsALink() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path linked = Files.createSymbolicLink(temp.resolve("linked"), elsewhere);
        Files.createSymbolicLink(out.resolve("inputs"), elsewhere);

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> OutputDirectory.lock(linked))
                .withMessage(linked + ": the output directory is a symbolic link; refusing to write through it"
                        + " (remove the link, or write to a real directory)");
        try (OutputDirectory directory = OutputDirectory.lock(out)) {
            assertThatExceptionOfType(IOException.class)
                    .isThrownBy(() -> directory.write("inputs/policy.yaml", new byte[] {1}))
                    .withMessageContaining("inputs: an output directory is a symbolic link");
            assertThatExceptionOfType(IOException.class)
                    .isThrownBy(() -> directory.write("../outside.txt", new byte[] {1}))
                    .withMessageContaining("is not a file in the output directory");
        }
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(outside).hasContent("precious");
    }

    @Test
    void shouldLetOnlyOneRunHoldADirectory() throws IOException {
        try (OutputDirectory first = OutputDirectory.lock(out)) {
            assertThatExceptionOfType(IOException.class)
                    .isThrownBy(() -> OutputDirectory.lock(out))
                    .withMessage(out + ": another trace62304 run is writing this output directory (it holds "
                            + OutputDirectory.LOCK + "); wait until it has finished, or give each run its own --out");
            first.write("a", new byte[] {1});
        }
        try (OutputDirectory second = OutputDirectory.lock(out)) {
            second.write("a", new byte[] {2});
        }
        assertThat(Files.readAllBytes(out.resolve("a"))).containsExactly(2);
    }

    @Test
    void shouldKeepEachDirectoryTheResultOfOneOfTwoConcurrentRuns() throws Exception {
        List<String> refused = new CopyOnWriteArrayList<>();
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> runs = List.of("one", "two").stream()
                .map(run -> new Thread(() -> {
                    try {
                        start.await();
                        try (OutputDirectory directory = OutputDirectory.lock(out)) {
                            for (String file : List.of("report.html", "baseline.json", "findings.json")) {
                                directory.write(file, run.getBytes(StandardCharsets.UTF_8));
                                Thread.sleep(50);
                            }
                            done.add(run);
                        }
                    } catch (IOException e) {
                        refused.add(e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .toList();
        runs.forEach(Thread::start);
        start.countDown();
        for (Thread run : runs) {
            run.join();
        }

        assertThat(done.size() + refused.size()).isEqualTo(2);
        assertThat(done).isNotEmpty();
        refused.forEach(message -> assertThat(message).contains("another trace62304 run is writing"));
        String winner = done.get(done.size() - 1);
        for (String file : List.of("report.html", "baseline.json", "findings.json")) {
            assertThat(out.resolve(file)).as("every file from the same run").hasContent(winner);
        }
    }
}
