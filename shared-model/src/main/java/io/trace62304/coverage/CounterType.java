package io.trace62304.coverage;

/** The counters JaCoCo writes. */
public enum CounterType {
    INSTRUCTION,
    BRANCH,
    LINE,
    COMPLEXITY,
    METHOD,
    CLASS
}
