package io.jenkins.plugins.trace62304;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import jenkins.model.Jenkins;

/**
 * The permission checks every form method makes before anything else (an ArchUnit rule holds each
 * {@code doCheck*}, {@code doFill*} and {@code doTest*} method to calling one of these).
 */
final class FormAccess {
    private FormAccess() {
    }

    /** Job options: configuring the job, or administering Jenkins outside a job. */
    static void checkConfigure(@CheckForNull final Item item) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        }
        else {
            item.checkPermission(Item.CONFIGURE);
        }
    }

    /** Global configuration: Jira sites and their credentials. */
    static void checkAdminister() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    }
}
