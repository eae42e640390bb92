package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import jenkins.model.Jenkins;
import jenkins.util.BuildListenerAdapter;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.release.GateAnswer;
import io.trace62304.release.GateJob;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.release.StoredRelease;
import io.trace62304.report.ConsoleText;
import io.trace62304.report.ReportException;

/**
 * One gate run of one build, for the step and the post-build action alike. On the controller: read the items
 * from Jira with the run's credentials, and hand the agent a {@link GateJob} as text. On the agent
 * ({@link AgentGate}): read the reports, seal the baseline, decide. Back on the controller: keep the outputs in
 * the build, archive the report, link back to Jira from the stored record, and set the build result.
 */
final class GateRunner {
    /** Where a build keeps its outputs, under its root directory. */
    static final String DIRECTORY = "trace62304";

    private final Run<?, ?> run;
    private final FilePath workspace;
    private final EnvVars env;
    private final Launcher launcher;
    private final TaskListener listener;
    private final PrintStream log;

    GateRunner(final Run<?, ?> run, final FilePath workspace, final EnvVars env, final Launcher launcher,
            final TaskListener listener) {
        this.run = run;
        this.workspace = workspace;
        this.env = env;
        this.launcher = launcher;
        this.listener = listener;
        this.log = listener.getLogger();
    }

    GateAction run(final GateOptions options) throws IOException, InterruptedException {
        Optional<JiraSite> site = site(options);
        Optional<JiraClient> client = Optional.empty();
        GateJob.Items items;
        if (site.isPresent()) {
            try {
                client = Optional.of(JiraConnector.connect(site.get(), run, this::print));
                JiraItemSource source = new JiraItemSource(client.get(), options.jql);
                items = GateJob.Items.jira(source.describe(), source.savedSearch());
            }
            catch (JiraException | ItemSourceException e) {
                items = GateJob.Items.unavailable("Jira " + site.get().getUrl(), e.getMessage());
            }
        }
        else {
            items = GateJob.Items.file(options.items);
        }
        FilePath temporary = WorkspaceList.tempDir(workspace);
        FilePath output = (temporary == null ? workspace.child("." + DIRECTORY) : temporary).child(DIRECTORY)
                .child(String.valueOf(run.getNumber()));
        GateJob job = new GateJob(items, options.policy, options.reports(), GateJob.patterns(options.mappings),
                previousBaseline(options.identity()), build(options), output.getRemote(), options.archive);
        GateAnswer answer = answer(workspace.act(new AgentGate(job.toJson(), listener)));
        FilePath kept = new FilePath(new File(run.getRootDir(), DIRECTORY));
        if (kept.exists()) {
            kept.deleteRecursive();
        }
        output.copyRecursiveTo(kept);
        run.pickArtifactManager().archive(output, launcher, BuildListenerAdapter.wrap(listener),
                Map.of(DIRECTORY + "/" + ReleaseOutputs.REPORT, ReleaseOutputs.REPORT,
                        DIRECTORY + "/" + ReleaseOutputs.ANOMALIES_HTML, ReleaseOutputs.ANOMALIES_HTML));
        output.deleteRecursive();
        GateAction action;
        if (client.isPresent() && options.linkBack) {
            LinkBack.Report report = linkBack(client.get(), kept, options);
            action = new GateAction(answer, report.isComplete() ? GateAction.LinkBackState.COMPLETE
                    : GateAction.LinkBackState.INCOMPLETE, report.writeCount(), report.failures().size());
        }
        else {
            action = new GateAction(answer, GateAction.LinkBackState.OFF, 0, 0);
        }
        run.addOrReplaceAction(action);
        judge(answer, options);
        return action;
    }

    private Optional<JiraSite> site(final GateOptions options) throws AbortException {
        if (options.site.isEmpty()) {
            if (options.items.isEmpty()) {
                throw new AbortException(Messages.Runner_NoItems());
            }
            return Optional.empty();
        }
        return Optional.of(Trace62304Configuration.get().site(options.site)
                .orElseThrow(() -> new AbortException(Messages.Runner_UnknownSite(options.site))));
    }

    private GateJob.Build build(final GateOptions options) {
        List<String> revisions = new ArrayList<>();
        String commit = env.get("GIT_COMMIT");
        if (commit != null && !commit.isEmpty()) {
            revisions.add(env.get("GIT_URL", "") + "=" + commit);
        }
        return new GateJob.Build(run.getParent().getFullName(), String.valueOf(run.getNumber()), buildUrl(), revisions,
                GateJob.patterns(options.artifacts), List.of("jenkins=" + Jenkins.VERSION), options.identity());
    }

    /** The build's URL, which is also the identity of its links in Jira; stable without a configured root URL. */
    private String buildUrl() {
        String root = Jenkins.get().getRootUrl();
        return root == null ? "jenkins:" + run.getExternalizableId() : root + run.getUrl();
    }

    /**
     * The baseline of the nearest earlier build that kept one this build may chain to: of the same product, and of a
     * kind this one follows (a release chains to the previous release, not to the last CI run; IEC 62304 8.3). A
     * stored baseline that cannot be read is handed to the gate as it is, which then cannot decide and says why.
     */
    private String previousBaseline(final ReleaseIdentity identity) throws IOException {
        for (Run<?, ?> earlier = run.getPreviousBuild(); earlier != null; earlier = earlier.getPreviousBuild()) {
            File baseline = new File(new File(earlier.getRootDir(), DIRECTORY), ReleaseOutputs.BASELINE);
            if (earlier.getAction(GateAction.class) == null || !baseline.isFile()) {
                continue;
            }
            try {
                ReleaseIdentity before = new BaselineCodec().read(baseline.toPath()).baseline().build().release();
                if (!identity.kind().chainsTo(before.kind()) || !before.product().equals(identity.product())) {
                    continue;
                }
            }
            catch (ReportException e) {
                print(Messages.Runner_UnreadablePrevious(earlier.getFullDisplayName(), e.getMessage()));
            }
            return Files.readString(baseline.toPath(), StandardCharsets.UTF_8);
        }
        return "";
    }

    private static GateAnswer answer(final String text) throws AbortException {
        try {
            return GateAnswer.fromJson(text);
        }
        catch (ReportException e) {
            throw new AbortException(Messages.Runner_BadAnswer(e.getMessage()));
        }
    }

    /** Links back from the stored record, so Jira sees exactly what the build keeps. */
    private LinkBack.Report linkBack(final JiraClient client, final FilePath kept, final GateOptions options)
            throws IOException, InterruptedException {
        LinkBack.Report report;
        try {
            ReleaseOutcome stored = StoredRelease.load(new File(kept.getRemote()).toPath());
            report = new LinkBack(client, message -> { }).run(stored.baseline(), stored.gate(),
                    new LinkBack.Build(buildUrl(), run.getFullDisplayName(), "",
                            options.kind == GateOptions.BuildKind.RELEASE));
        }
        catch (ReportException e) {
            report = new LinkBack.Report(Map.of(), List.of(e.getMessage()));
        }
        report.failures().forEach(this::print);
        print(Messages.Runner_LinkBack(report.writeCount(), report.failures().size()));
        if (!report.isComplete()) {
            switch (options.onLinkBackFailure) {
                case FAILURE -> run.setResult(Result.FAILURE);
                case UNSTABLE -> run.setResult(Result.UNSTABLE);
                case WARNING -> print(Messages.Runner_LinkBackIncomplete());
            }
        }
        return report;
    }

    private void judge(final GateAnswer answer, final GateOptions options) {
        print(Messages.Runner_Verdict(answer.verdict(), answer.errors(), answer.failures(), answer.warnings(),
                answer.digest()));
        answer.belowMinimum().forEach(this::print);
        switch (answer.verdict()) {
            case GateAction.PASS -> { }
            case "FAIL" -> run.setResult(options.onGateFailure.result());
            default -> run.setResult(Result.FAILURE);
        }
    }

    private void print(final String message) {
        log.println("[Trace62304] " + ConsoleText.line(message)); // input text cannot forge a log line
    }
}
