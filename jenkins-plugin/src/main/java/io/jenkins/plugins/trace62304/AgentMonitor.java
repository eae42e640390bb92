package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.io.Serial;
import java.time.Clock;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.trace62304.release.MonitorJob;
import io.trace62304.report.ReportException;

/**
 * The part of a monitor run that needs the workspace, run where the workspace is: verifies the released baselines,
 * reads the vulnerability data, writes the outputs. Text in ({@link MonitorJob} JSON), text out
 * ({@code MonitorAnswer} JSON), as {@link AgentGate} does.
 */
final class AgentMonitor extends MasterToSlaveFileCallable<String> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String job;

    AgentMonitor(final String job) {
        this.job = job;
    }

    @Override
    public String invoke(final File workspace, final VirtualChannel channel) throws IOException {
        try {
            return MonitorJob.fromJson(job).run(workspace.toPath(), Clock.systemUTC());
        }
        catch (ReportException e) {
            // an invalid policy: nothing can be decided, and the build fails closed
            throw new AbortException(Messages.Monitor_Undecidable(e.getMessage()));
        }
    }
}
