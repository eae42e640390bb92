package io.trace62304.report;

/** The report formats Trace62304 reads, with the identifier used in JSON output and on the command line. */
public enum ReportFormat {
    JUNIT("junit"),
    DEPENDENCY_CHECK("dependency-check"),
    CYCLONEDX("cyclonedx"),
    JACOCO("jacoco");

    private final String id;

    ReportFormat(final String id) {
        this.id = id;
    }

    /** @return the stable identifier, e.g. {@code dependency-check} */
    public String id() {
        return id;
    }
}
