package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trace62304.report.OutputDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17, points 7, 8, 11 and 12 through the command: links in {@code --out}, two gates on one {@code --out},
 * special files as inputs and a tampered previous baseline, each with its exit code and one line.
 */
class GateHardeningTest {
    private static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    @TempDir
    Path temp;

    @BeforeEach
    void writeTestResults() throws IOException {
        Files.writeString(temp.resolve("TEST-pump.xml"), """
                <testsuite name="pump" tests="2">
                  <testcase classname="c" name="PUMP-11 PUMP-21 PUMP-20 PUMP-22 PUMP-50 PUMP-30 all"/>
                </testsuite>
                """);
    }

    @Test
    void shouldRefuseAnOutDirectoryThatIsALinkAndNeverWriteThroughOne() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path outside = Files.writeString(elsewhere.resolve("precious.html"), "precious");
        Path linked = Files.createSymbolicLink(temp.resolve("linked"), elsewhere);
        Run refused = gate(linked, "1");

        assertThat(refused.exit).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(refused.err.lines().filter(l -> l.startsWith("trace62304: " + linked)))
                .singleElement()
                .asString()
                .contains("the output directory is a symbolic link");

        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("report.html.tmp"), outside);
        Files.createSymbolicLink(out.resolve("baseline.json.tmp"), outside);
        Run written = gate(out, "2");
        assertThat(written.exit).as(written.err).isIn(0, 1);
        assertThat(outside).hasContent("precious");
        assertThat(out.resolve("report.html")).isRegularFile().content().contains(written.digest());

        Files.delete(out.resolve("report.html"));
        Files.createSymbolicLink(out.resolve("report.html"), outside);
        Run planted = gate(out, "3");
        assertThat(planted.exit).isEqualTo(Trace62304.BAD_INPUT);
        assertThat(planted.err).contains("report.html: the output file is a symbolic link");
        assertThat(outside).hasContent("precious");
    }

    @Test
    @SuppressWarnings("try") // the lock is held for the try block's scope; the body never needs the handle
    void shouldFailClearlyWhileAnotherRunHoldsTheOutDirectory() throws IOException {
        Path out = temp.resolve("out");
        try (OutputDirectory held = OutputDirectory.lock(out)) {
            Run second = gate(out, "1");

            assertThat(second.exit).isEqualTo(Trace62304.BAD_INPUT);
            assertThat(second.err.lines().filter(l -> l.contains("another trace62304 run is writing")))
                    .singleElement()
                    .asString()
                    .startsWith("trace62304: " + out);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(OutputDirectory.LOCK);
        }
    }

    @Test
    void shouldLeaveTheOutputsOfExactlyOneOfTwoConcurrentGates() throws Exception {
        Path out = temp.resolve("out");
        CountDownLatch start = new CountDownLatch(1);
        List<Run> runs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String id : List.of("101", "102")) {
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    Run run = gate(out, id);
                    synchronized (runs) {
                        runs.add(run);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        }

        assertThat(runs).hasSize(2);
        List<String> printed = new ArrayList<>();
        for (Run run : runs) {
            if (run.exit == Trace62304.BAD_INPUT) {
                assertThat(run.err).contains("another trace62304 run is writing this output directory");
            } else {
                printed.add(run.digest());
            }
        }
        assertThat(printed).isNotEmpty();
        String onDisk = Files.readString(out.resolve("baseline.json"));
        Matcher sealed = DIGEST.matcher(onDisk.substring(onDisk.indexOf("\"digest\"")));
        assertThat(sealed.find()).isTrue();
        assertThat(printed).contains(sealed.group());
        assertThat(Files.readString(out.resolve("report.html"))).contains(sealed.group());
        assertThat(Files.readString(out.resolve("findings.json"))).contains(sealed.group());
    }

    @Test
    void shouldRefuseAFifoADeviceAndAHugeSparseFileFastAsCannotDecide() throws Exception {
        Path fifo = temp.resolve("TEST-fifo.xml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        try (var sparse =
                new java.io.RandomAccessFile(temp.resolve("mapping.verifies").toFile(), "rw")) {
            sparse.setLength(2L << 30);
        }

        Run run = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> gate(
                        temp.resolve("out"),
                        "1",
                        "--mapping",
                        temp.resolve("mapping.verifies").toString(),
                        "--previous",
                        "/dev/zero"));

        assertThat(run.exit).as(run.out + run.err).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(run.out).startsWith("IEC 62304 release gate: ERROR");
        String report = Files.readString(temp.resolve("out/report.html"));
        assertThat(report)
                .contains(
                        "TEST-fifo.xml: is not a regular file (a FIFO, a device, a socket): refused without reading it")
                .contains(
                        "mapping.verifies: cannot read the mapping file: the file has 2147483648 bytes, more than the "
                                + "limit of 1073741824")
                .contains("/dev/zero: is not a regular file");
    }

    @Test
    void shouldTreatAPreviousBaselineWithAHugeNumberAsTamperedInOneLine() throws IOException {
        Path first = temp.resolve("first");
        assertThat(gate(first, "1").exit).isIn(0, 1);
        Path previous = temp.resolve("previous.json");
        Files.writeString(
                previous,
                Files.readString(first.resolve("baseline.json"))
                        .replaceFirst("\"total\":\\d+", "\"total\":1152921504606846976"));

        Run verify = run("baseline", "verify", previous.toString());
        assertThat(verify.exit).isEqualTo(BaselineCommand.ALTERED);
        assertThat(verify.err.lines())
                .singleElement()
                .asString()
                .startsWith(previous + ": the baseline holds a value no sealed baseline can hold (the number "
                        + "1152921504606846976 has no exact canonical form)");

        Run gate = gate(temp.resolve("second"), "2", "--previous", previous.toString());
        assertThat(gate.exit).as(gate.out + gate.err).isEqualTo(GateCommand.UNDECIDABLE);
        assertThat(gate.out).startsWith("IEC 62304 release gate: ERROR");
        assertThat(gate.out.lines().filter(l -> l.contains("1152921504606846976")))
                .singleElement()
                .asString()
                .contains("no exact canonical form");
        assertThat(gate.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Run gate(final Path out, final String buildId, final String... more) {
        List<String> args = new ArrayList<>(List.of(
                "gate",
                "-q",
                "--items",
                SAMPLE.resolve("items.yaml").toString(),
                "--junit",
                temp.resolve("TEST-*.xml").toString(),
                "--build-id",
                buildId,
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static Run run(final String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
        String digest() {
            Matcher matcher = Pattern.compile("^baseline (sha256:[0-9a-f]{64})$", Pattern.MULTILINE)
                    .matcher(out);
            assertThat(matcher.find()).as(out + err).isTrue();
            return matcher.group(1);
        }
    }
}
