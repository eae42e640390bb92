package io.trace62304.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code trace62304} command as a test runs it: command lines in one process, stdout and stderr kept. */
final class CliRun {
    /** The committed infusion-pump sample (items, policies, POM), from the cli module's directory. */
    static final Path SAMPLE =
            Path.of("../examples/infusion-pump").toAbsolutePath().normalize();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * A small build of the sample in {@code directory}: {@code TEST-pump.xml}, one passing test of PUMP-20, and the
     * shipped {@code pump-1.4.0.jar}.
     */
    static void writeSampleBuild(final Path directory) throws IOException {
        Files.writeString(directory.resolve("TEST-pump.xml"), """
                <testsuite name="pump" tests="1">
                  <testcase classname="com.example.pump.dose.InfusionRateCalculatorTest" name="PUMP-20 computes the rate"/>
                </testsuite>
                """);
        Files.writeString(directory.resolve("pump-1.4.0.jar"), "the shipped bytes");
    }

    /** Runs one command line; returns its exit code. */
    int run(final String... args) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Forgets what was printed, so the next assertions see only the next runs. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** Everything the runs printed on stdout so far. */
    String out() {
        return out.toString();
    }

    /** Everything the runs printed on stderr so far. */
    String err() {
        return err.toString();
    }
}
