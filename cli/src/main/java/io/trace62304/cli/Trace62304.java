package io.trace62304.cli;

import io.trace62304.jira.SiteAddressException;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trace62304} command. Each subcommand is thin glue over shared-model. */
@Command(
        name = "trace62304",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "IEC 62304 traceability, configuration baselines and release gates.",
        subcommands = {
            InspectCommand.class,
            GateCommand.class,
            BaselineCommand.class,
            SignCommand.class,
            ArchiveCommand.class,
            ApproveCommand.class,
            ReleaseCheckCommand.class,
            MonitorCommand.class,
            PackCommand.class,
            JiraCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Trace62304 {
    /** Exit code: the command did what was asked. */
    static final int OK = 0;
    /** Exit code: bad input or usage; other inputs are still reported. */
    static final int BAD_INPUT = 2;

    /**
     * Runs the command and exits with its code. Its output is flushed first: picocli's writers flush only on a
     * newline, and {@code System.exit} does not flush them, so output without a final newline (a plan's text) was
     * lost, most visibly through a pipe (issue 16, defect 2; {@code MainThroughPipeTest}).
     *
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(code);
    }

    /**
     * The command line, its standard output and error behind {@link ConsoleWriter}: every message is escaped, also
     * on a writer set later (a test's, an embedding program's). Help is printed without ANSI colours, which the
     * writer would show as escapes.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Trace62304()) {
            @Override
            public CommandLine setOut(final PrintWriter out) {
                return super.setOut(ConsoleWriter.of(out));
            }

            @Override
            public CommandLine setErr(final PrintWriter err) {
                return super.setErr(ConsoleWriter.of(err));
            }
        };
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.getOut(); // creates picocli's writers through the setters above, for every subcommand
        commandLine.getErr();
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ReportException || e instanceof IOException || e instanceof SiteAddressException) {
                // bad input (a policy, an items file, a baseline, a Jira URL) is named in one line, not as a stack
                // trace
                cmd.getErr().println("trace62304: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
        return commandLine;
    }
}
