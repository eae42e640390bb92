package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.io.Serial;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.trace62304.release.GateJob;
import io.trace62304.report.ConsoleText;
import io.trace62304.report.ReportException;

/**
 * The part of a gate run that needs the workspace, run where the workspace is: reads the reports, seals the
 * baseline, decides and writes the outputs. Text in ({@link GateJob} JSON), text out ({@code GateAnswer} JSON):
 * no Trace62304 object crosses the channel.
 */
final class AgentGate extends MasterToSlaveFileCallable<String> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String job;
    private final TaskListener listener;

    AgentGate(final String job, final TaskListener listener) {
        this.job = job;
        this.listener = listener;
    }

    @Override
    public String invoke(final File workspace, final VirtualChannel channel) throws IOException {
        try {
            return GateJob.fromJson(job).run(workspace.toPath(),
                    message -> listener.getLogger().println("[Trace62304] " + ConsoleText.line(message)));
        }
        catch (ReportException e) {
            // an invalid policy: nothing can be decided, and the build fails closed
            throw new AbortException(Messages.Runner_Undecidable(e.getMessage()));
        }
    }
}
