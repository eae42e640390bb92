package io.trace62304.jiraapp.provision;

/** Apply will not start: the plan has blockers (a conflict, a missing permission or project). Nothing was written. */
public final class ProvisioningException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Plan plan;

    ProvisioningException(final Plan plan) {
        super("nothing was changed: " + String.join("; ", plan.blockers()));
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }
}
