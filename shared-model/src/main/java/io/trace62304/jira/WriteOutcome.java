package io.trace62304.jira;

/** What an idempotent write did. */
public enum WriteOutcome {
    CREATED,
    UPDATED,
    /** Jira already held exactly this: nothing was written. */
    UNCHANGED
}
