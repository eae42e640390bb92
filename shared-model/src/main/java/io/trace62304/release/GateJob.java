package io.trace62304.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.archive.ArchiveManifest;
import io.trace62304.archive.ArchiveRequest;
import io.trace62304.archive.ReleaseArchiver;
import io.trace62304.evidence.Artifacts;
import io.trace62304.evidence.BuildEnvironment;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.evidence.WorkTree;
import io.trace62304.item.ItemSource;
import io.trace62304.item.UnavailableItemSource;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.OutputDirectory;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.report.ReportLimits;
import io.trace62304.signature.SignatureException;
import io.trace62304.trace.TraceConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A gate run as a CI server splits it between machines ({@code trace62304-gate-job/1}): the controller, which
 * holds the credentials, the items read from Jira and the previous baseline, writes the job as JSON text; the
 * agent, which holds the workspace, runs it there with {@link #run}, writes the outputs and answers a
 * {@link GateAnswer} as JSON text. Only text crosses between the two. The items and previous baseline the gate
 * saw are kept beside the outputs ({@value #ITEMS}, {@value #PREVIOUS}, {@value #POLICY}) so the run can be
 * re-evaluated later ({@link StoredRelease}).
 *
 * @param items    where the items come from
 * @param policy   the policy file, relative to the workspace, or empty for the class defaults
 * @param reports  report patterns by format, relative to the workspace
 * @param mappings trace mapping patterns
 * @param previous the previous release's {@code baseline.json} text, or empty
 * @param build    the build's identity
 * @param output   the output directory, relative to the workspace
 * @param archive  where a release or release candidate writes its release archive (5.8.7, {@code ReleaseArchiver}),
 *                 relative to the workspace: a {@code .zip} file, or a directory that gets
 *                 {@code <product>-<version>-<build>.zip}; empty: none. A CI run is never archived.
 */
public record GateJob(
        Items items,
        String policy,
        Map<ReportFormat, List<String>> reports,
        List<String> mappings,
        String previous,
        Build build,
        String output,
        String archive) {
    static final String FORMAT = "trace62304-gate-job/1";
    public static final String ITEMS = "inputs/items.json";
    public static final String PREVIOUS = "inputs/previous-baseline.json";
    public static final String POLICY = "inputs/policy.yaml";
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*");

    public GateJob {
        Objects.requireNonNull(items);
        Objects.requireNonNull(policy);
        reports = Map.copyOf(reports);
        mappings = List.copyOf(mappings);
        Objects.requireNonNull(previous);
        Objects.requireNonNull(build);
        Objects.requireNonNull(output);
        Objects.requireNonNull(archive);
    }

    /** A job that writes no release archive. */
    public GateJob(
            final Items items,
            final String policy,
            final Map<ReportFormat, List<String>> reports,
            final List<String> mappings,
            final String previous,
            final Build build,
            final String output) {
        this(items, policy, reports, mappings, previous, build, output, "");
    }

    /**
     * Where the items come from: a file in the workspace (YAML items or a saved Jira search), a Jira search the
     * controller made (its pages, as Jira returned them), or a source that could not be read (the gate then
     * decides ERROR and names the reason).
     */
    public record Items(String file, JsonNode savedSearch, String description, String problem) {
        public static Items file(final String file) {
            return new Items(file, null, "", "");
        }

        public static Items jira(final String description, final JsonNode pages) {
            return new Items("", pages, description, "");
        }

        public static Items unavailable(final String description, final String problem) {
            return new Items("", null, description, problem);
        }

        ItemSource source(final Path workspace, final OutputDirectory out) throws IOException {
            if (!problem.isEmpty()) {
                return new UnavailableItemSource(description, problem);
            }
            if (savedSearch != null) {
                Path saved = out.write(ITEMS, savedSearch.toString().getBytes(StandardCharsets.UTF_8));
                return new JiraSearchFileItemSource(saved, description);
            }
            Path path = workspace.resolve(file);
            return file.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? new JiraSearchFileItemSource(path)
                    : new YamlItemSource(path);
        }
    }

    /**
     * The build: job, number, URL, revisions ({@code [repo=]revision}), shipped-artifact patterns (hashed on the
     * agent), tools ({@code name=version}, over the captured {@link BuildEnvironment}) and what the build is.
     */
    public record Build(
            String job,
            String buildId,
            String url,
            List<String> revisions,
            List<String> artifacts,
            List<String> tools,
            ReleaseIdentity release) {
        public Build {
            Objects.requireNonNull(job);
            Objects.requireNonNull(buildId);
            Objects.requireNonNull(url);
            revisions = List.copyOf(revisions);
            artifacts = List.copyOf(artifacts);
            tools = List.copyOf(tools);
            Objects.requireNonNull(release);
        }

        /** A CI run of an unnamed product. */
        public Build(
                final String job,
                final String buildId,
                final String url,
                final List<String> revisions,
                final List<String> artifacts,
                final List<String> tools) {
            this(job, buildId, url, revisions, artifacts, tools, ReleaseIdentity.CI_RUN);
        }

        BuildInfo toBuildInfo(final Path workspace) throws IOException {
            // the workspace's Git working tree, probed once (5.1.10, 8.1.3): a CI server cannot type it
            BuildInfo.TreeState tree = revisions.isEmpty() ? BuildInfo.TreeState.UNKNOWN : WorkTree.probe(workspace);
            return new BuildInfo(
                    job,
                    buildId,
                    url,
                    revisions.stream()
                            .map(r -> BuildInfo.VcsRevision.parse(r, tree))
                            .toList(),
                    Artifacts.hash(artifacts, workspace),
                    BuildEnvironment.current()
                            .tools(tools.stream().map(BuildInfo.Tool::parse).toList()),
                    release);
        }
    }

    /** Comma-separated patterns, as CI configuration forms hold them; blanks dropped. */
    public static List<String> patterns(final String commaSeparated) {
        return commaSeparated == null
                ? List.of()
                : Arrays.stream(SEPARATOR.split(commaSeparated.strip()))
                        .filter(p -> !p.isEmpty())
                        .toList();
    }

    /**
     * Runs the gate in the workspace and writes the outputs to {@link #output}.
     *
     * @return the {@link GateAnswer} as JSON text
     * @throws ReportException if the policy is invalid (nothing can be decided without it)
     * @throws IOException     if an artifact pattern names no file or the outputs cannot be written
     */
    public String run(final Path workspace, final Consumer<String> progress) throws ReportException, IOException {
        try (OutputDirectory out =
                OutputDirectory.lock(workspace.resolve(output).normalize())) {
            Optional<Path> previousFile = previous.isEmpty()
                    ? Optional.empty()
                    : Optional.of(out.write(PREVIOUS, previous.getBytes(StandardCharsets.UTF_8)));
            Optional<Path> policyFile = Optional.empty();
            if (!policy.isEmpty()) {
                policyFile = Optional.of(workspace.resolve(policy));
                Path given = policyFile.get();
                if (Files.isRegularFile(given)) {
                    out.write(POLICY, copy -> Files.copy(given, copy));
                }
            } else {
                out.delete(POLICY);
            }
            ReleaseRequest request = new ReleaseRequest(
                    items.source(workspace, out),
                    policyFile,
                    reports,
                    mappings,
                    previousFile,
                    build.toBuildInfo(workspace),
                    workspace,
                    TraceConventions.DEFAULT);
            ReleaseOutcome outcome = new ReleaseRun(progress).run(request);
            new ReleaseOutputs().write(outcome, out);
            archive(workspace, outcome, progress);
            return GateAnswer.of(outcome).toJson();
        }
    }

    /**
     * Writes the release archive of a release or release candidate where {@link #archive} says: the baseline, the
     * outputs and every input read again (approvals made later go into an archive made later, with
     * {@code trace62304 archive}).
     */
    private void archive(final Path workspace, final ReleaseOutcome outcome, final Consumer<String> progress)
            throws IOException {
        ReleaseIdentity release = outcome.baseline().baseline().build().release();
        if (archive.isEmpty() || !release.kind().releases()) {
            return;
        }
        Path target = workspace.resolve(archive).normalize();
        if (!archive.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            String name = (release.product().isEmpty() ? build.job() : release.product()) + "-"
                    + (release.version().isEmpty() ? "unversioned" : release.version()) + "-" + build.buildId()
                    + ".zip";
            Files.createDirectories(target);
            target = target.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        }
        Path baselineFile = workspace.resolve(output).normalize().resolve(ReleaseOutputs.BASELINE);
        try {
            ArchiveManifest manifest = new ReleaseArchiver(Optional.empty(), java.time.Instant.now())
                    .write(
                            new ArchiveRequest(
                                    baselineFile,
                                    Optional.of(baselineFile.getParent()),
                                    Optional.empty(),
                                    Optional.empty(),
                                    workspace),
                            target);
            progress.accept("release record archived to " + target + " ("
                    + manifest.entries().size() + " files)");
        } catch (ReportException | SignatureException e) {
            throw new IOException("the release archive " + target + " cannot be written: " + e.getMessage(), e);
        }
    }

    public String toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode().put("format", FORMAT);
        ObjectNode source = root.putObject("items")
                .put("file", items.file())
                .put("description", items.description())
                .put("problem", items.problem());
        if (items.savedSearch() != null) {
            source.set("savedSearch", items.savedSearch());
        }
        root.put("policy", policy);
        ObjectNode patterns = root.putObject("reports");
        reports.forEach((format, globs) -> strings(patterns.putArray(format.id()), globs));
        strings(root.putArray("mappings"), mappings);
        root.put("previous", previous);
        ObjectNode identity = root.putObject("build")
                .put("job", build.job())
                .put("buildId", build.buildId())
                .put("url", build.url());
        strings(identity.putArray("revisions"), build.revisions());
        strings(identity.putArray("artifacts"), build.artifacts());
        strings(identity.putArray("tools"), build.tools());
        identity.putObject("release")
                .put("kind", build.release().kind().name())
                .put("product", build.release().product())
                .put("version", build.release().version());
        return root.put("output", output).put("archive", archive).toString();
    }

    /**
     * @throws ReportException if the text is not a gate job of this format
     */
    public static GateJob fromJson(final String text) throws ReportException {
        JsonNode root = SecureJson.read(text, "gate job", ReportLimits.DEFAULT);
        JsonFields fields = new JsonFields("gate job");
        if (!FORMAT.equals(root.path("format").asText())) {
            throw fields.error("/format", "not a " + FORMAT + " document");
        }
        JsonNode source = root.path("items");
        Items items = new Items(
                source.path("file").asText(),
                source.hasNonNull("savedSearch") ? source.get("savedSearch") : null,
                source.path("description").asText(),
                source.path("problem").asText());
        Map<ReportFormat, List<String>> reports = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            reports.put(format, strings(root.path("reports").path(format.id())));
        }
        JsonNode identity = root.path("build");
        Build build = new Build(
                identity.path("job").asText(),
                identity.path("buildId").asText(),
                identity.path("url").asText(),
                strings(identity.path("revisions")),
                strings(identity.path("artifacts")),
                strings(identity.path("tools")),
                release(identity.path("release"), fields));
        if (root.path("output").asText().isEmpty()) {
            throw fields.error("/output", "no output directory");
        }
        return new GateJob(
                items,
                root.path("policy").asText(),
                reports,
                strings(root.path("mappings")),
                root.path("previous").asText(),
                build,
                root.path("output").asText(),
                root.path("archive").asText(""));
    }

    private static ReleaseIdentity release(final JsonNode release, final JsonFields fields) throws ReportException {
        if (release.isMissingNode()) {
            return ReleaseIdentity.CI_RUN;
        }
        try {
            return new ReleaseIdentity(
                    ReleaseIdentity.Kind.valueOf(release.path("kind").asText()),
                    release.path("product").asText(),
                    release.path("version").asText());
        } catch (IllegalArgumentException e) {
            throw fields.error(
                    "/build/release/kind",
                    "not a build kind: " + release.path("kind").asText());
        }
    }

    private static void strings(final ArrayNode array, final List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(final JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
