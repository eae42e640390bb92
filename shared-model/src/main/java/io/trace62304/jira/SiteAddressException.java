package io.trace62304.jira;

/**
 * A Jira site address that cannot be used: malformed, not http(s), with user info, or plain http to a host that
 * is not this machine. The message never repeats user info.
 */
public final class SiteAddressException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the address was refused, so a front end can add its own advice (e.g. the option to use instead). */
    public enum Problem {
        MALFORMED,
        USER_INFO,
        INSECURE
    }

    private final Problem problem;

    public SiteAddressException(final Problem problem, final String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
