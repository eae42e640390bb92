package io.trace62304.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.jira.MonitorLinkBack;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.release.MonitorAnswer;
import io.trace62304.release.MonitorJob;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 monitor}: released baselines against fresh vulnerability data (docs/cli.md). */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = {
            "Verifies released baselines and re-evaluates their SOUP against fresh vulnerability data "
                    + "(IEC 62304 6.2.1, 6.2.5, 7.1.3): what is new per release since it was sealed.",
            "Exit codes: 0 nothing new; 1 new findings; 2 usage error; 3 cannot decide "
                    + "(a baseline altered or unreadable, a source unreadable, or no source given); "
                    + "4 decided, but --link-back was incomplete."
        })
final class MonitorCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--baseline",
            required = true,
            paramLabel = "FILE|DIR",
            description = "Released baselines (repeatable): a baseline.json, or a directory searched for "
                    + "baseline.json and *.baseline.json.")
    private List<Path> baselines = new ArrayList<>();

    @Option(names = "--osv", paramLabel = "FILE|DIR", description = "OSV records: files or directories of them.")
    private List<Path> osv = new ArrayList<>();

    @Option(names = "--kev", paramLabel = "FILE", description = "The CISA KEV catalogue JSON.")
    private Path kev;

    @Option(names = "--dependency-check", paramLabel = "GLOB", description = "Fresh Dependency-Check reports.")
    private List<String> dependencyCheck = new ArrayList<>();

    @Option(names = "--cyclonedx", paramLabel = "GLOB", description = "CycloneDX VDR/VEX/BOM documents.")
    private List<String> cyclonedx = new ArrayList<>();

    @Option(
            names = "--items",
            paramLabel = "FILE",
            description = "The SOUP items as they are now (YAML or a saved Jira search): assessments and "
                    + "communication decisions recorded after the release.")
    private Path items;

    @Mixin
    private JiraOptions jira = new JiraOptions();

    @Option(
            names = "--jql",
            paramLabel = "QUERY",
            description = "With --jira: the current items (instead of --items), e.g. 'project = PUMP'.")
    private String jql;

    @Option(
            names = "--link-back",
            description = "With --jira: open or update one Software Problem Report per new vulnerability of a "
                    + "released SOUP item, naming the released versions it affects; a re-run with nothing changed "
                    + "writes nothing.")
    private boolean linkBack;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy; its monitoring section applies.")
    private Path policy;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the outputs.")
    private Path out;

    private final Clock clock;

    MonitorCommand() {
        this(Clock.systemUTC());
    }

    MonitorCommand(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, ReportException, SiteAddressException {
        PrintWriter err = spec.commandLine().getErr();
        if (items != null && jql != null
                || (linkBack || jql != null) && !jira.isSet()
                || jira.isSet() && !linkBack && jql == null) {
            err.println("give --items FILE or --jira URL with --jql QUERY for the current items, and --jira "
                    + "URL with --link-back to open problem reports");
            return Trace62304.BAD_INPUT;
        }
        Optional<JiraClient> client = Optional.empty();
        JsonNode current = null;
        if (jira.isSet()) {
            try {
                client = Optional.of(jira.connect(err::println));
                if (jql != null) {
                    current = new JiraItemSource(client.get(), jql).savedSearch();
                }
            } catch (JiraException | ItemSourceException e) {
                err.println("cannot decide: Jira: " + e.getMessage());
                return MonitoringReport.CANNOT_DECIDE;
            }
        }
        List<String> reports = new ArrayList<>(dependencyCheck);
        reports.addAll(cyclonedx);
        MonitorJob job = new MonitorJob(
                baselines.stream().map(Path::toString).toList(),
                osv.stream().map(Path::toString).toList(),
                kev == null ? "" : kev.toString(),
                reports,
                items == null ? "" : items.toString(),
                current,
                policy == null ? "" : policy.toString(),
                out.toAbsolutePath().toString());
        MonitorAnswer answer = MonitorAnswer.fromJson(job.run(Path.of("").toAbsolutePath(), clock));
        spec.commandLine()
                .getOut()
                .println("monitor: " + answer.status() + " - " + answer.releases() + " release(s), " + answer.findings()
                        + " new finding(s); " + out.resolve("monitoring.html"));
        answer.problems().forEach(p -> err.println("cannot decide: " + p));
        if (linkBack
                && client.isPresent()
                && answer.exitCode() != MonitoringReport.CANNOT_DECIDE
                && !linkBack(client.get(), answer)) {
            return LINK_BACK_INCOMPLETE;
        }
        return answer.exitCode();
    }

    /** Exit code: decided, but the problem reports in Jira were not all opened or updated. */
    static final int LINK_BACK_INCOMPLETE = 4;

    private boolean linkBack(final JiraClient client, final MonitorAnswer answer) {
        PrintWriter err = spec.commandLine().getErr();
        LinkBack.Report written = new MonitorLinkBack(client, err::println).run(answer.affected());
        spec.commandLine()
                .getOut()
                .println("link-back: " + written.writeCount() + " write(s) to Jira"
                        + (written.isComplete() ? "" : ", " + written.failures().size() + " failed"));
        written.failures().forEach(err::println);
        return written.isComplete();
    }
}
