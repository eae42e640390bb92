package io.trace62304.depcheck;

import io.trace62304.report.Severity;

/**
 * One CVSS rating of a vulnerability.
 *
 * @param version   {@code 2}, {@code 3} or {@code 4} (major version of the CVSS method)
 * @param baseScore base score 0–10
 * @param severity  the rating's own severity
 * @param vector    the vector string where the report carries one, or empty
 */
public record Cvss(int version, double baseScore, Severity severity, String vector) {}
