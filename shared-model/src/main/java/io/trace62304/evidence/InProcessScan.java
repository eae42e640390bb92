package io.trace62304.evidence;

import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.report.ReportException;

/**
 * A vulnerability scan the gate runs itself instead of reading a report file (issue 15: OWASP Dependency-Check in
 * process, module {@code scan}). What it finds is a Dependency-Check report like one read from a file, and goes
 * through the same reconciliation (IEC 62304 7.1.3, 8.1.2). A scan that cannot be trusted (no data, stale data,
 * an engine that cannot run) throws: the input is then unreadable and the gate cannot decide.
 */
public interface InProcessScan {
    /** @return what is scanned against which data, as the baseline's inputs and the messages name it */
    String describe();

    /**
     * @return the scan's findings; incomplete (analysis exceptions) when the engine survived errors
     * @throws ReportException when the scan cannot decide, naming what and why
     */
    DependencyCheckReport run() throws ReportException;
}
