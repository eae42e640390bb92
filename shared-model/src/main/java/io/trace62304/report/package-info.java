/**
 * What every report format shares: the {@link io.trace62304.report.Report} record contract, the parser
 * contract, limits and the one error type that names file, line and reason.
 */
package io.trace62304.report;
