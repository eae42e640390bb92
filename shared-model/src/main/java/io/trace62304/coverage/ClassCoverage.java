package io.trace62304.coverage;

/**
 * Coverage of one class.
 *
 * @param name       the JVM name, e.g. {@code org/example/Pump}
 * @param sourceFile the source file name, or empty
 * @param counters   its counters
 */
public record ClassCoverage(String name, String sourceFile, Counters counters) {}
