package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import jenkins.util.BuildListenerAdapter;

import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraItemSource;
import io.trace62304.jira.LinkBack;
import io.trace62304.jira.MonitorLinkBack;
import io.trace62304.release.GateJob;
import io.trace62304.release.MonitorAnswer;
import io.trace62304.release.MonitorJob;
import io.trace62304.report.ConsoleText;
import io.trace62304.report.ReportException;

/**
 * One monitor run of a scheduled job. On the controller: read the current items from Jira with the run's
 * credentials, if a site is chosen, and hand the agent a {@link MonitorJob} as text. On the agent
 * ({@link AgentMonitor}): verify the released baselines, match their SOUP against the vulnerability data, write the
 * outputs. Back on the controller: keep the outputs in the build, archive {@code monitoring.html}, open or update
 * the problem reports in Jira ({@link MonitorLinkBack}), and set the build result: new findings make it what
 * {@code onNewFindings} says, a run that cannot decide fails it.
 */
final class MonitorRunner {
    /** Where a build keeps the monitor's outputs, under its root directory. */
    static final String DIRECTORY = "trace62304-monitor";

    private static final String PAGE = "monitoring.html";

    private final Run<?, ?> run;
    private final FilePath workspace;
    private final Launcher launcher;
    private final TaskListener listener;
    private final PrintStream log;

    MonitorRunner(final Run<?, ?> run, final FilePath workspace, final Launcher launcher,
            final TaskListener listener) {
        this.run = run;
        this.workspace = workspace;
        this.launcher = launcher;
        this.listener = listener;
        this.log = listener.getLogger();
    }

    Map<String, Object> run(final MonitorOptions options) throws IOException, InterruptedException {
        Optional<JiraClient> client = Optional.empty();
        JsonNode current = null;
        if (!options.site.isEmpty()) {
            JiraSite site = Trace62304Configuration.get().site(options.site)
                    .orElseThrow(() -> new AbortException(Messages.Runner_UnknownSite(options.site)));
            try {
                client = Optional.of(JiraConnector.connect(site, run, this::print));
                if (!options.jql.isEmpty()) {
                    current = new JiraItemSource(client.get(), options.jql).savedSearch();
                }
            }
            catch (JiraException | ItemSourceException e) {
                throw new AbortException(Messages.Monitor_Undecidable(e.getMessage()));
            }
        }
        FilePath temporary = WorkspaceList.tempDir(workspace);
        FilePath output = (temporary == null ? workspace.child("." + DIRECTORY) : temporary).child(DIRECTORY)
                .child(String.valueOf(run.getNumber()));
        MonitorJob job = new MonitorJob(GateJob.patterns(options.baselines), GateJob.patterns(options.osv),
                options.kev, options.reports(), options.items, current, options.policy, output.getRemote());
        MonitorAnswer answer = answer(workspace.act(new AgentMonitor(job.toJson())));
        FilePath kept = new FilePath(new File(run.getRootDir(), DIRECTORY));
        if (kept.exists()) {
            kept.deleteRecursive();
        }
        output.copyRecursiveTo(kept);
        run.pickArtifactManager().archive(output, launcher, BuildListenerAdapter.wrap(listener),
                Map.of(DIRECTORY + "/" + PAGE, PAGE));
        output.deleteRecursive();
        answer.problems().forEach(this::print);
        print(Messages.Monitor_Status(answer.status(), answer.releases(), answer.findings()));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("status", answer.status());
        value.put("exitCode", answer.exitCode());
        value.put("releases", answer.releases());
        value.put("findings", answer.findings());
        value.put("problemReports", (long) answer.affected().size());
        LinkBack.Report report = null;
        if (client.isPresent() && options.linkBack && answer.exitCode() != 3) {
            report = linkBack(client.get(), answer, options);
        }
        value.put("linkBack", report == null ? "OFF" : report.isComplete() ? "COMPLETE" : "INCOMPLETE");
        value.put("linkBackWrites", report == null ? 0L : (long) report.writeCount());
        value.put("linkBackFailures", report == null ? 0L : (long) report.failures().size());
        switch (answer.exitCode()) {
            case 0 -> { }
            case 1 -> run.setResult(options.onNewFindings.result());
            default -> run.setResult(Result.FAILURE);
        }
        return value;
    }

    private LinkBack.Report linkBack(final JiraClient client, final MonitorAnswer answer,
            final MonitorOptions options) {
        LinkBack.Report report = new MonitorLinkBack(client, this::print).run(answer.affected());
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

    private static MonitorAnswer answer(final String text) throws AbortException {
        try {
            return MonitorAnswer.fromJson(text);
        }
        catch (ReportException e) {
            throw new AbortException(Messages.Monitor_Undecidable(e.getMessage()));
        }
    }

    private void print(final String message) {
        log.println("[Trace62304] " + ConsoleText.line(message)); // input text cannot forge a log line
    }
}
