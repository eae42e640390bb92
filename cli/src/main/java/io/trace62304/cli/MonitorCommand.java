package io.trace62304.cli;

import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.jira.MonitorLinkBack;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.monitor.AffectedReleases;
import io.trace62304.monitor.BaselineFiles;
import io.trace62304.monitor.Monitor;
import io.trace62304.monitor.MonitorPolicy;
import io.trace62304.monitor.MonitorSources;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.render.MonitoringHtml;
import io.trace62304.render.MonitoringJUnitXml;
import io.trace62304.render.MonitoringJson;
import io.trace62304.report.OutputDirectory;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        if (items != null && jql != null
                || (linkBack || jql != null) && !jira.isSet()
                || jira.isSet() && !linkBack && jql == null) {
            spec.commandLine()
                    .getErr()
                    .println("give --items FILE or --jira URL with --jql QUERY for the current items, and --jira "
                            + "URL with --link-back to open problem reports");
            return Trace62304.BAD_INPUT;
        }
        Optional<JiraClient> client = Optional.empty();
        if (jira.isSet()) {
            try {
                client = Optional.of(jira.connect(spec.commandLine().getErr()::println));
            } catch (JiraException e) {
                spec.commandLine().getErr().println("cannot connect to Jira: " + e.getMessage());
                return write(new MonitoringReport(
                        clock.instant().toString(),
                        List.of(),
                        List.of("cannot connect to Jira: " + e.getMessage()),
                        List.of()));
            }
        }
        Policy loaded = policy == null ? new PolicyLoader().defaults() : new PolicyLoader().load(policy);
        List<Path> files = BaselineFiles.expand(baselines);
        MonitorSources sources = new MonitorSources(osv, Optional.ofNullable(kev), reports());
        MonitoringReport report;
        if (sources.isEmpty()) {
            report = new MonitoringReport(
                    clock.instant().toString(),
                    List.of(),
                    List.of("no vulnerability source given (--osv, --dependency-check or --cyclonedx)"),
                    List.of());
        } else {
            MonitorSources.Loaded data;
            try {
                data = sources.load(ReportLimits.DEFAULT);
            } catch (ReportException e) {
                return write(new MonitoringReport(
                        clock.instant().toString(), List.of(), List.of(e.getMessage()), List.of()));
            }
            Optional<ItemSet> current;
            try {
                current = currentItems(client);
            } catch (ItemSourceException e) {
                return write(new MonitoringReport(
                        clock.instant().toString(), List.of(), List.of(e.getMessage()), List.of()));
            }
            report = new Monitor(data.sources(), current, MonitorPolicy.of(loaded))
                    .run(files, data.names(), clock.instant());
        }
        int exit = write(report);
        if (linkBack
                && client.isPresent()
                && exit != MonitoringReport.CANNOT_DECIDE
                && !linkBack(client.get(), report)) {
            return LINK_BACK_INCOMPLETE;
        }
        return exit;
    }

    /** Exit code: decided, but the problem reports in Jira were not all opened or updated. */
    static final int LINK_BACK_INCOMPLETE = 4;

    private boolean linkBack(final JiraClient client, final MonitoringReport report) {
        LinkBack.Report written =
                new MonitorLinkBack(client, spec.commandLine().getErr()::println).run(AffectedReleases.of(report));
        spec.commandLine()
                .getOut()
                .println("link-back: " + written.writeCount() + " write(s) to Jira"
                        + (written.isComplete() ? "" : ", " + written.failures().size() + " failed"));
        written.failures().forEach(spec.commandLine().getErr()::println);
        return written.isComplete();
    }

    private Optional<ItemSet> currentItems(final Optional<JiraClient> client)
            throws ReportException, ItemSourceException {
        if (jql != null && client.isPresent()) {
            return Optional.of(new JiraItemSource(client.get(), jql).load());
        }
        if (items == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    items.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                            ? new JiraSearchFileItemSource(items).load()
                            : new YamlItemSource(items).load());
        } catch (ItemSourceException e) {
            throw new ReportException(items, e.getMessage(), e);
        }
    }

    private List<Path> reports() throws IOException, ReportException {
        List<Path> files = new ArrayList<>();
        List<String> patterns = new ArrayList<>(dependencyCheck);
        patterns.addAll(cyclonedx);
        for (String pattern : patterns) {
            ReportFiles.Expansion expansion = ReportFiles.expand(pattern, Path.of(""));
            if (expansion.files().isEmpty()) {
                throw new ReportException(pattern, 0, 0, "the pattern matches no file", null);
            }
            files.addAll(expansion.files());
        }
        return files;
    }

    private int write(final MonitoringReport report) throws IOException {
        try (OutputDirectory directory = OutputDirectory.lock(out)) {
            directory.write(
                    "monitoring.json", new MonitoringJson().write(report).getBytes(StandardCharsets.UTF_8));
            directory.write(
                    "monitoring.html", new MonitoringHtml().render(report).getBytes(StandardCharsets.UTF_8));
            directory.write(
                    "monitoring-junit.xml",
                    new MonitoringJUnitXml().write(report).getBytes(StandardCharsets.UTF_8));
        }
        spec.commandLine()
                .getOut()
                .println("monitor: " + report.status() + " - "
                        + report.releases().size() + " release(s), "
                        + report.releases().stream()
                                .mapToLong(r -> r.actionable().size())
                                .sum()
                        + " new finding(s); " + out.resolve("monitoring.html"));
        report.problems().forEach(p -> spec.commandLine().getErr().println("cannot decide: " + p));
        report.releases().stream()
                .flatMap(r -> r.problems().stream())
                .forEach(p -> spec.commandLine().getErr().println("cannot decide: " + p));
        return report.exitCode();
    }
}
