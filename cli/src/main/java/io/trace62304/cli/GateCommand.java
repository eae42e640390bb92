package io.trace62304.cli;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.anomaly.AnomalyList;
import io.trace62304.anomaly.Evaluation;
import io.trace62304.evidence.Artifacts;
import io.trace62304.evidence.BuildEnvironment;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.InProcessScan;
import io.trace62304.evidence.ProductPom;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.evidence.WorkTree;
import io.trace62304.gate.Level;
import io.trace62304.gate.Verdict;
import io.trace62304.item.ItemSource;
import io.trace62304.item.UnavailableItemSource;
import io.trace62304.itemfile.ItemFiles;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.release.ReleaseRequest;
import io.trace62304.release.ReleaseRun;
import io.trace62304.render.SbomVersion;
import io.trace62304.report.OutputDirectory;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.trace.TraceConventions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 gate}: the main job (docs/cli.md). */
@Command(
        name = "gate",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the configuration baseline of a build and decides the IEC 62304 release gate.",
            "Options may also be read from a file: trace62304 gate @gate.args",
            "Exit codes: 0 pass; 1 the gate failed; 2 usage error or invalid policy; "
                    + "3 cannot decide (an input is unreadable or incomplete, or Jira cannot be read); "
                    + "4 the gate passed but the link-back to Jira was incomplete."
        })
final class GateCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int UNDECIDABLE = 3;
    /** Exit code: the gate passed, but linking the build back to Jira was not complete. */
    static final int LINK_BACK_INCOMPLETE = 4;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--items",
            paramLabel = "FILE",
            description = "Items: a YAML items file (docs/items.md) or a saved Jira search (.json, expand=names).")
    private Path items;

    @Mixin
    private JiraOptions jira = new JiraOptions();

    @Option(
            names = "--jql",
            paramLabel = "QUERY",
            description = "With --jira: the scope of 62304 items, " + "e.g. 'project = PUMP'.")
    private String jql;

    @Option(
            names = "--link-back",
            description = "With --jira: after the gate, keep one remote link per item and job showing the item's "
                    + "latest result, and one comment per item and job listing its blocking findings; "
                    + "a re-run with nothing changed writes nothing.")
    private boolean linkBack;

    @Option(
            names = "--release",
            description = "With --link-back: this is a release build; when its gate passes, each item also gets a "
                    + "permanent link to its baseline, and the problem reports it verified get Fixed In Build "
                    + "(set once, never overwritten).")
    private boolean release;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the outputs.")
    private Path out;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "Gate policy (docs/policy.md); " + "without it the documented class defaults apply.")
    private Path policy;

    @Option(names = "--junit", paramLabel = "GLOB", description = "JUnit XML reports (repeatable).")
    private List<String> junit = new ArrayList<>();

    @Option(names = "--dependency-check", paramLabel = "GLOB", description = "Dependency-Check XML/JSON reports.")
    private List<String> dependencyCheck = new ArrayList<>();

    @Option(names = "--cyclonedx", paramLabel = "GLOB", description = "CycloneDX SBOMs (JSON or XML).")
    private List<String> cyclonedx = new ArrayList<>();

    @Option(names = "--jacoco", paramLabel = "GLOB", description = "JaCoCo XML coverage reports.")
    private List<String> jacoco = new ArrayList<>();

    @Option(
            names = "--mapping",
            paramLabel = "GLOB",
            description = "Trace mapping files (KEY[, KEY]: test-glob), "
                    + "including those the @Verifies JUnit 5 extension writes.")
    private List<String> mappings = new ArrayList<>();

    @Option(
            names = "--commits",
            paramLabel = "FILE",
            description = "The commits since the previous release, as git log --format='%H %s' PREVIOUS..HEAD "
                    + "writes them (8.2.4).")
    private Path commits;

    @Option(names = "--previous", paramLabel = "BASELINE", description = "The previous release's baseline.json.")
    private Path previous;

    @Mixin
    private SbomVersionOption sbomVersion = new SbomVersionOption();

    @Mixin
    private BuildOptions build = new BuildOptions();

    @Mixin
    private ScanOptions scan = new ScanOptions();

    @Option(
            names = "--key-pattern",
            paramLabel = "REGEX",
            description = "Pattern of issue keys in test names (default: Jira keys such as PUMP-12).")
    private Pattern keyPattern = TraceConventions.JIRA_KEY;

    @Option(
            names = "--trace-property",
            paramLabel = "NAME",
            description = "JUnit property names that list keys "
                    + "(default: verifies, requirement, requirements, test_key, risk_control, trace62304.verifies).")
    private List<String> traceProperties = new ArrayList<>(TraceConventions.DEFAULT_PROPERTIES);

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() throws ReportException, IOException, SiteAddressException {
        PrintWriter err = spec.commandLine().getErr();
        if ((items == null) == (jira.site == null)
                || jira.site != null && jql == null
                || (linkBack || release) && jira.site == null
                || release && !linkBack) {
            err.println("give either --items FILE, or --jira URL with --jql QUERY (and optionally --link-back, "
                    + "with --release for a release build)");
            return Trace62304.BAD_INPUT;
        }
        SbomVersion sbom;
        Optional<InProcessScan> scans;
        try {
            sbom = sbomVersion.version();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Trace62304.BAD_INPUT;
        }
        try {
            scans = scan.scan(java.time.Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Trace62304.BAD_INPUT;
        }
        Path base = Path.of("").toAbsolutePath();
        Optional<JiraClient> client = Optional.empty();
        if (jira.isSet()) {
            try {
                client = Optional.of(jira.connect(err::println));
            } catch (JiraException e) {
                err.println("cannot connect to Jira: " + e.getMessage());
            }
        }
        try (OutputDirectory directory = OutputDirectory.lock(out)) { // this run's --out, until it has printed
            ReleaseRequest request = new ReleaseRequest(
                    itemSource(client),
                    Optional.ofNullable(policy),
                    reports(),
                    mappings,
                    Optional.ofNullable(previous),
                    build.toBuildInfo(base, release),
                    base,
                    new TraceConventions(keyPattern, traceProperties),
                    Optional.ofNullable(commits),
                    scans.stream().toList());
            ReleaseOutcome outcome = new ReleaseRun(message -> {
                        if (!quiet) {
                            err.println("trace62304: " + message);
                            err.flush();
                        }
                    })
                    .run(request);
            List<Path> written = new ReleaseOutputs(sbom).write(outcome, directory);
            print(outcome, written);
            if (linkBack
                    && client.isPresent()
                    && !linkBack(client.get(), outcome)
                    && outcome.gate().verdict() == Verdict.PASS) {
                return LINK_BACK_INCOMPLETE;
            }
            return switch (outcome.gate().verdict()) {
                case PASS -> Trace62304.OK;
                case FAIL -> FAILED;
                case ERROR -> UNDECIDABLE;
            };
        }
    }

    private boolean linkBack(final JiraClient client, final ReleaseOutcome outcome) {
        String url = build.url().isEmpty() ? "trace62304:" + outcome.baseline().digest() : build.url();
        PrintWriter err = spec.commandLine().getErr();
        LinkBack.Report report = new LinkBack(client, message -> {
                    if (!quiet) {
                        err.println("trace62304: " + message);
                    }
                })
                .run(
                        outcome.baseline(),
                        outcome.gate(),
                        new LinkBack.Build(
                                url,
                                build.title(),
                                build.job(),
                                release
                                        || outcome.baseline()
                                                        .baseline()
                                                        .build()
                                                        .release()
                                                        .kind()
                                                == ReleaseIdentity.Kind.RELEASE));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("link-back: " + report.writeCount() + " write(s) to Jira"
                + (report.isComplete() ? "" : ", " + report.failures().size() + " failed"));
        report.failures().forEach(err::println);
        return report.isComplete();
    }

    private ItemSource itemSource(final Optional<JiraClient> client) {
        if (jira.isSet()) {
            return client.<ItemSource>map(c -> new JiraItemSource(c, jql))
                    .orElseGet(() ->
                            new UnavailableItemSource("Jira " + jira.site, "cannot connect (see the message above)"));
        }
        return ItemFiles.of(items);
    }

    private Map<ReportFormat, List<String>> reports() {
        Map<ReportFormat, List<String>> reports = new EnumMap<>(ReportFormat.class);
        reports.put(ReportFormat.JUNIT, junit);
        reports.put(ReportFormat.DEPENDENCY_CHECK, dependencyCheck);
        reports.put(ReportFormat.CYCLONEDX, cyclonedx);
        reports.put(ReportFormat.JACOCO, jacoco);
        return reports;
    }

    private void print(final ReleaseOutcome outcome, final List<Path> written) {
        PrintWriter stdout = spec.commandLine().getOut();
        Verdict verdict = outcome.gate().verdict();
        stdout.printf(
                "IEC 62304 release gate: %s (%d error, %d fail, %d warning)%n",
                verdict,
                outcome.gate().count(Level.ERROR),
                outcome.gate().count(Level.FAIL),
                outcome.gate().count(Level.WARNING));
        outcome.gate().belowMinimumLines().forEach(line -> stdout.println("  " + line));
        outcome.gate().findings().stream()
                .filter(f -> f.level() != Level.WARNING)
                .limit(20)
                .forEach(f -> stdout.printf("  %s [%s, %s] %s%n", f.level(), f.rule(), f.clause(), f.message()));
        stdout.println("baseline " + outcome.baseline().digest());
        stdout.println("report   " + written.get(0).toAbsolutePath().normalize());
        AnomalyList anomalies = AnomalyCollector.collect(outcome.baseline(), outcome.gate());
        stdout.printf(
                "anomalies %d known, %d without a risk evaluation (5.8.2): %s%n",
                anomalies.anomalies().size(),
                anomalies.count(Evaluation.NOT_EVALUATED),
                written.get(0)
                        .resolveSibling(ReleaseOutputs.ANOMALIES_HTML)
                        .toAbsolutePath()
                        .normalize());
        stdout.flush();
    }

    /** The build identity options, shared with the Jira gate of a later command. */
    static final class BuildOptions {
        @Option(names = "--job", paramLabel = "NAME", description = "Job or project name.")
        private String job = "";

        @Option(names = "--build-id", paramLabel = "ID", description = "Build number or id.")
        private String buildId = "";

        @Option(names = "--build-url", paramLabel = "URL", description = "Link to the build.")
        private String buildUrl = "";

        @Option(names = "--revision", paramLabel = "[REPO=]REV", description = "VCS revision built (repeatable).")
        private List<String> revisions = new ArrayList<>();

        @Option(
                names = "--tree",
                paramLabel = "STATE",
                description =
                        "Working tree state: ${COMPLETION-CANDIDATES}; default: unknown, or with --detect-tree what "
                                + "git status says of the working directory.")
        private BuildInfo.TreeState tree;

        @Option(
                names = "--detect-tree",
                description =
                        "Ask git whether the working directory holds exactly its revision (clean) or not (dirty).")
        private boolean detectTree;

        @Option(names = "--artifact", paramLabel = "GLOB", description = "Shipped files to record with SHA-256.")
        private List<String> artifacts = new ArrayList<>();

        @Option(
                names = "--tool",
                paramLabel = "NAME=VERSION",
                description = "Build tools and versions, over those captured (JDK, Maven, OS, CI).")
        private List<String> tools = new ArrayList<>();

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description = "What the build is: ci (default), candidate or release (--release implies release). "
                        + "A baseline chains to the previous one of the same product and kind.")
        private String kind;

        @Option(names = "--product", paramLabel = "NAME", description = "The product released (5.8.4).")
        private String product;

        @Option(names = "--product-version", paramLabel = "VERSION", description = "The version released (5.8.4).")
        private String productVersion;

        @Option(
                names = "--product-from",
                paramLabel = "POM",
                description = "Take the product (groupId:artifactId) and version from a Maven POM.")
        private Path productFrom;

        String url() {
            return buildUrl;
        }

        /** The job link-back keeps one link per item for: --job, else taken from the build URL. */
        String job() {
            return job;
        }

        String title() {
            return (job.isEmpty() ? "build" : job) + (buildId.isEmpty() ? "" : " #" + buildId);
        }

        BuildInfo toBuildInfo(final Path base, final boolean releaseBuild) throws IOException, ReportException {
            BuildInfo.TreeState state =
                    tree != null ? tree : detectTree ? WorkTree.probe(base) : BuildInfo.TreeState.UNKNOWN;
            List<BuildInfo.VcsRevision> parsed = revisions.stream()
                    .map(r -> BuildInfo.VcsRevision.parse(r, state))
                    .toList();
            return new BuildInfo(
                    job,
                    buildId,
                    buildUrl,
                    parsed,
                    Artifacts.hash(artifacts, base),
                    BuildEnvironment.current()
                            .tools(tools.stream().map(BuildInfo.Tool::parse).toList()),
                    identity(releaseBuild));
        }

        private ReleaseIdentity identity(final boolean releaseBuild) throws ReportException {
            ReleaseIdentity.Kind parsed;
            try {
                parsed = kind != null
                        ? ReleaseIdentity.Kind.parse(kind)
                        : releaseBuild ? ReleaseIdentity.Kind.RELEASE : ReleaseIdentity.Kind.CI_RUN;
            } catch (IllegalArgumentException e) {
                throw new ReportException(Path.of("--kind"), e.getMessage());
            }
            ReleaseIdentity fromPom =
                    productFrom == null ? new ReleaseIdentity(parsed, "", "") : ProductPom.read(productFrom, parsed);
            return new ReleaseIdentity(
                    parsed,
                    product != null ? product : fromPom.product(),
                    productVersion != null ? productVersion : fromPom.version());
        }
    }
}
