package io.trace62304.jira;

import java.util.List;
import java.util.Objects;

/**
 * A Jira call that failed, with the request, the HTTP status, Jira's own messages and what the user can do.
 * Never carries a token or an {@code Authorization} header.
 */
public final class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user can act on it. */
    public enum Kind {
        AUTHENTICATION("check the credentials: the API token or PAT may be wrong, expired or revoked"),
        PERMISSION("the user lacks a Jira permission for this (e.g. Browse projects, Add comments, Edit issues)"),
        NOT_FOUND("check the issue key, project or URL; the user may also lack Browse permission"),
        BAD_REQUEST("Jira refused the request: check the JQL and the field names in the messages"),
        CONFLICT("another change is in progress in Jira; run again later"),
        TOO_LARGE("Jira's per-issue limit was reached (e.g. too many remote links or comments)"),
        RATE_LIMITED("Jira kept rate-limiting after the allowed retries; run again later or lower the load"),
        UNAVAILABLE("Jira is unavailable or failing; run again later"),
        TIMEOUT("Jira did not answer in time; check the network or raise the timeout"),
        CONNECTION("cannot reach Jira; check the URL, proxy and network"),
        REDIRECTED("configure the site's own URL: credentials are sent only to the configured scheme, host and port"),
        PROTOCOL("Jira's answer was not what its API documents; check that the URL is a Jira site");

        private final String advice;

        Kind(final String advice) {
            this.advice = advice;
        }

        public String advice() {
            return advice;
        }
    }

    private final Kind kind;
    private final String request;
    private final int status;
    private final List<String> jiraMessages;

    public JiraException(
            final Kind kind,
            final String request,
            final int status,
            final List<String> jiraMessages,
            final Throwable cause) {
        super(format(kind, request, status, jiraMessages), cause);
        this.kind = Objects.requireNonNull(kind);
        this.request = request;
        this.status = status;
        this.jiraMessages = List.copyOf(jiraMessages);
    }

    public Kind kind() {
        return kind;
    }

    public String request() {
        return request;
    }

    /** The HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    public List<String> jiraMessages() {
        return jiraMessages;
    }

    private static String format(final Kind kind, final String request, final int status, final List<String> messages) {
        StringBuilder text = new StringBuilder(request).append(": ");
        text.append(status > 0 ? "HTTP " + status : "no response");
        if (!messages.isEmpty()) {
            text.append(" (").append(String.join("; ", messages)).append(')');
        }
        return text.append(" - ").append(kind.advice()).toString();
    }
}
