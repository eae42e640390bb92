package io.trace62304.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code monitor} run as a CI server splits it between machines ({@code trace62304-monitor-job/1}), like
 * {@link GateJob}: the controller writes the job as text (the current items it read from Jira, if any), the agent
 * runs it in the workspace with {@link #run}, writes {@code monitoring.json}, {@code monitoring.html} and {@code
 * monitoring-junit.xml}, and answers a {@link MonitorAnswer} as text, which carries what the problem reports in Jira
 * should say for the controller's link-back.
 *
 * @param baselines  released baselines: files or directories, relative to the workspace
 * @param osv        OSV files or directories
 * @param kev        the KEV catalogue file, or empty
 * @param reports    Dependency-Check and CycloneDX report patterns
 * @param items      the current items: a file in the workspace, or empty
 * @param savedSearch the current items as the controller read them from Jira (a saved search's pages), or null
 * @param policy     the policy file, or empty for the defaults
 * @param output     the output directory, relative to the workspace
 */
public record MonitorJob(
        List<String> baselines,
        List<String> osv,
        String kev,
        List<String> reports,
        String items,
        JsonNode savedSearch,
        String policy,
        String output) {
    static final String FORMAT = "trace62304-monitor-job/1";

    public MonitorJob {
        baselines = List.copyOf(baselines);
        osv = List.copyOf(osv);
        Objects.requireNonNull(kev);
        reports = List.copyOf(reports);
        Objects.requireNonNull(items);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(output);
    }

    /**
     * Runs {@code monitor} in the workspace and writes the outputs to {@link #output}. A source that cannot be read,
     * or none at all, is a run that cannot decide (exit code 3 in the answer); a released baseline path that does not
     * exist, a pattern that matches no file, unreadable current items or an invalid policy are refused, as wrong
     * input, before anything is written.
     *
     * @return the {@link MonitorAnswer} as JSON text
     * @throws ReportException naming the wrong input
     * @throws IOException     if the outputs cannot be written
     */
    public String run(final Path workspace, final Clock clock) throws ReportException, IOException {
        PolicyLoader loader = new PolicyLoader();
        MonitorPolicy monitorPolicy =
                MonitorPolicy.of(policy.isEmpty() ? loader.defaults() : loader.load(workspace.resolve(policy)));
        List<Path> files = BaselineFiles.expand(paths(workspace, baselines));
        MonitorSources sources = new MonitorSources(
                paths(workspace, osv),
                kev.isEmpty() ? Optional.empty() : Optional.of(workspace.resolve(kev)),
                reportFiles(workspace));
        try (OutputDirectory out =
                OutputDirectory.lock(workspace.resolve(output).normalize())) {
            Optional<ItemSet> current = currentItems(workspace, out);
            MonitoringReport report;
            if (sources.isEmpty()) {
                report = cannotDecide(clock, "no vulnerability source given (OSV, Dependency-Check or CycloneDX)");
            } else {
                try {
                    MonitorSources.Loaded data = sources.load(ReportLimits.DEFAULT);
                    report = new Monitor(data.sources(), current, monitorPolicy)
                            .run(files, data.names(), clock.instant());
                } catch (ReportException e) {
                    report = cannotDecide(clock, e.getMessage());
                }
            }
            out.write("monitoring.json", new MonitoringJson().write(report).getBytes(StandardCharsets.UTF_8));
            out.write("monitoring.html", new MonitoringHtml().render(report).getBytes(StandardCharsets.UTF_8));
            out.write(
                    "monitoring-junit.xml",
                    new MonitoringJUnitXml().write(report).getBytes(StandardCharsets.UTF_8));
            return MonitorAnswer.of(report).toJson();
        }
    }

    private static MonitoringReport cannotDecide(final Clock clock, final String problem) {
        return new MonitoringReport(clock.instant().toString(), List.of(), List.of(problem), List.of());
    }

    private Optional<ItemSet> currentItems(final Path workspace, final OutputDirectory out)
            throws ReportException, IOException {
        try {
            if (savedSearch != null) {
                Path saved = out.write(GateJob.ITEMS, savedSearch.toString().getBytes(StandardCharsets.UTF_8));
                return Optional.of(new JiraSearchFileItemSource(saved, "the current items from Jira").load());
            }
            if (items.isEmpty()) {
                return Optional.empty();
            }
            Path file = workspace.resolve(items);
            return Optional.of(
                    items.toLowerCase(Locale.ROOT).endsWith(".json")
                            ? new JiraSearchFileItemSource(file).load()
                            : new YamlItemSource(file).load());
        } catch (ItemSourceException e) {
            throw new ReportException(items.isEmpty() ? "current items" : items, 0, 0, e.getMessage(), e);
        }
    }

    private List<Path> reportFiles(final Path workspace) throws ReportException, IOException {
        List<Path> files = new ArrayList<>();
        for (String pattern : reports) {
            ReportFiles.Expansion expansion = ReportFiles.expand(pattern, workspace);
            if (expansion.files().isEmpty()) {
                throw new ReportException(pattern, 0, 0, "the pattern matches no file", null);
            }
            files.addAll(expansion.files());
        }
        return files;
    }

    private static List<Path> paths(final Path workspace, final List<String> names) {
        return names.stream().map(workspace::resolve).toList();
    }

    public String toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("format", FORMAT);
        strings(root.putArray("baselines"), baselines);
        strings(root.putArray("osv"), osv);
        root.put("kev", kev);
        strings(root.putArray("reports"), reports);
        root.put("items", items);
        if (savedSearch != null) {
            root.set("savedSearch", savedSearch);
        }
        return root.put("policy", policy).put("output", output).toString();
    }

    /**
     * @throws ReportException if the text is not a monitor job of this format
     */
    public static MonitorJob fromJson(final String text) throws ReportException {
        JsonNode root = SecureJson.read(text, "monitor job", ReportLimits.DEFAULT);
        JsonFields fields = new JsonFields("monitor job");
        if (!FORMAT.equals(root.path("format").asText())) {
            throw fields.error("/format", "not a " + FORMAT + " document");
        }
        if (root.path("output").asText().isEmpty()) {
            throw fields.error("/output", "no output directory");
        }
        return new MonitorJob(
                strings(root.path("baselines")),
                strings(root.path("osv")),
                root.path("kev").asText(),
                strings(root.path("reports")),
                root.path("items").asText(),
                root.hasNonNull("savedSearch") ? root.get("savedSearch") : null,
                root.path("policy").asText(),
                root.path("output").asText());
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
