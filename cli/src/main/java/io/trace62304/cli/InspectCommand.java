package io.trace62304.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.ingest.ReportReader;
import io.trace62304.ingest.ReportSummary;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trace62304 inspect FILE|GLOB…}: what each report holds, or why it cannot be read. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Reads reports (JUnit XML, Dependency-Check XML/JSON, CycloneDX XML/JSON, JaCoCo XML) "
                    + "and prints a summary of each.",
            "Exit codes: 0 all files read; 2 a file could not be read or a pattern matched nothing "
                    + "(the other files are still reported)."
        })
final class InspectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|GLOB",
            description = "Report files or globs such as "
                    + "'target/surefire-reports/*.xml' or '**/dependency-check-report.json'.")
    private List<String> patterns;

    @Option(names = "--json", description = "Print a JSON array, one object per file (see docs/cli.md).")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArrayNode summaries = JsonNodeFactory.instance.arrayNode();
        boolean allRead = true;
        ReportReader reader = new ReportReader();
        Path base = Path.of("").toAbsolutePath();
        for (String pattern : patterns) {
            List<Path> files = expand(pattern, base, err);
            if (files.isEmpty()) {
                err.println(pattern + ": matches no file");
                allRead = false;
            }
            for (Path file : files) {
                ObjectNode summary = summarize(reader, base.relativize(file.toAbsolutePath()));
                allRead &= summary.get("error").isNull();
                summaries.add(summary);
            }
        }
        print(summaries, out, err);
        return allRead ? Trace62304.OK : Trace62304.BAD_INPUT;
    }

    private static List<Path> expand(final String pattern, final Path base, final PrintWriter err) {
        try {
            return ReportFiles.expand(pattern, base).files();
        } catch (IOException e) {
            err.println(pattern + ": cannot list files: " + e.getMessage());
            return List.of();
        }
    }

    private static ObjectNode summarize(final ReportReader reader, final Path file) {
        try {
            return ReportSummary.of(reader.read(file));
        } catch (ReportException e) {
            return ReportSummary.ofError(file.toString(), e);
        }
    }

    private void print(final ArrayNode summaries, final PrintWriter out, final PrintWriter err) {
        if (json) {
            try {
                out.print(
                        new ObjectMapper() // one block of lines: Jackson has escaped every control character
                                        .enable(SerializationFeature.INDENT_OUTPUT)
                                        .writeValueAsString(summaries)
                                + "\n");
            } catch (IOException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        } else {
            summaries.forEach(summary -> SummaryText.print(summary, out, err));
        }
        out.flush();
    }
}
