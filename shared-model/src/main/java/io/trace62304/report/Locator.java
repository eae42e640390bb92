package io.trace62304.report;

/** Where a parser is in its input: turns a reason into an error that names file, line and column. */
@FunctionalInterface
public interface Locator {
    /**
     * @param reason what is wrong at the current position
     * @return the error to throw
     */
    ReportException error(String reason);
}
