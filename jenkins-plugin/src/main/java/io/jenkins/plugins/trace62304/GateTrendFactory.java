package io.jenkins.plugins.trace62304;

import java.util.Collection;
import java.util.List;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import jenkins.model.TransientActionFactory;

/**
 * Adds the trend to every job whose recent builds ran the gate, whatever their result (a failed gate is exactly
 * what the trend should show, so this does not wait for a successful build as {@code LastBuildAction} would).
 */
@Extension
@SuppressWarnings("rawtypes")
public final class GateTrendFactory extends TransientActionFactory<Job> {
    private static final int LOOK_BACK = 10;

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull final Job job) {
        int looked = 0;
        for (Run<?, ?> run = job.getLastCompletedBuild(); run != null && looked < LOOK_BACK;
                run = run.getPreviousCompletedBuild()) {
            if (run.getAction(GateAction.class) != null) {
                return List.of(new GateTrendAction(job));
            }
            looked++;
        }
        return List.of();
    }
}
