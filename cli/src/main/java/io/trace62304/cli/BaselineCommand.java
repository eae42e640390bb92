package io.trace62304.cli;

import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.report.ReportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 baseline verify|diff}: check a baseline's integrity, or explain what changed. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description = "Verify or compare baselines.",
        subcommands = {VerifyCommand.class, BaselineCommand.Diff.class})
final class BaselineCommand {
    /** Exit code of verify when the baseline was altered. */
    static final int ALTERED = 1;

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = {
                "Explains what changed from baseline A to baseline B: items, states, SOUP versions, "
                        + "vulnerabilities, test outcomes, coverage.",
                "Exit codes: 0 no change; 1 changes; 2 usage."
            })
    static final class Diff implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A")
        private Path before;

        @Parameters(index = "1", paramLabel = "B")
        private Path after;

        @Override
        public Integer call() throws ReportException {
            BaselineCodec codec = new BaselineCodec();
            List<BaselineChange> changes = BaselineDiff.between(
                    codec.read(before).baseline(), codec.read(after).baseline());
            PrintWriter out = spec.commandLine().getOut();
            changes.forEach(change -> out.println(change.describe()));
            out.println(changes.size() + " change(s)");
            return changes.isEmpty() ? Trace62304.OK : ALTERED;
        }
    }
}
