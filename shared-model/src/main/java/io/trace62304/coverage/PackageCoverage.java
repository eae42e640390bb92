package io.trace62304.coverage;

import java.util.List;

/**
 * Coverage of one package.
 *
 * @param group       the path of enclosing {@code <group>}s joined by {@code " / "}, or empty
 * @param name        the package name, e.g. {@code org/example}
 * @param counters    its counters
 * @param classes     its classes
 * @param sourceFiles counters per source file name
 */
public record PackageCoverage(
        String group,
        String name,
        Counters counters,
        List<ClassCoverage> classes,
        List<SourceFileCoverage> sourceFiles) {
    public PackageCoverage {
        classes = List.copyOf(classes);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /**
     * @param name     the source file name, e.g. {@code Pump.java}
     * @param counters its counters
     */
    public record SourceFileCoverage(String name, Counters counters) {}
}
