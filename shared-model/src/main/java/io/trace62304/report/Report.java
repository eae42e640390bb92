package io.trace62304.report;

/** A parsed report: an immutable record of what one file said. */
public interface Report {
    /** @return the file the report was read from, as the user named it */
    String file();

    /** @return the format of that file */
    ReportFormat format();
}
