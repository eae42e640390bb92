package io.trace62304.report;

import java.nio.file.Path;

/**
 * Reads one report file into an immutable record.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface ReportParser<R extends Report> {
    /**
     * @param file the report to read
     * @return the parsed record, never a partial one
     * @throws ReportException if the file is missing, unreadable, hostile or not of this format
     */
    R parse(Path file) throws ReportException;
}
