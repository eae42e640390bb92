package io.trace62304.anomaly;

/** Where a residual anomaly comes from, with the clauses that make it one. */
public enum AnomalyKind {
    /** A problem report of any issue type that is still open at release. */
    OPEN_PROBLEM_REPORT("open problem report", "Open problem reports", "5.8.2, 9.1"),
    /** A problem report closed without a fix ("Won't Fix", "Rejected"): the problem is still in the release. */
    CLOSED_WITHOUT_FIX("closed without a fix", "Problem reports closed without a fix", "5.8.2, 9.2d"),
    /** A failing, errored or flaky test of the build. */
    TEST_RESULT("failing, errored or flaky test", "Failing, errored and flaky tests", "5.7.2, 5.8.2"),
    /** A SOUP vulnerability assessed as exploitable, or not yet assessed. */
    VULNERABILITY(
            "exploitable or unassessed vulnerability", "Exploitable or unassessed vulnerabilities", "5.8.2, 7.1.3");

    private final String description;
    private final String heading;
    private final String clause;

    AnomalyKind(final String description, final String heading, final String clause) {
        this.description = description;
        this.heading = heading;
        this.clause = clause;
    }

    /** The heading of a list of anomalies of this kind. */
    public String heading() {
        return heading;
    }

    /** What the kind means, in a few words. */
    public String description() {
        return description;
    }

    /** The clauses of IEC 62304 that make it a residual anomaly. */
    public String clause() {
        return clause;
    }
}
