package io.trace62304.gate;

/** How much a finding weighs. */
public enum Level {
    /** The gate could not check something: the verdict is ERROR. */
    ERROR,
    /** Evidence is missing or failing: the verdict is FAIL. */
    FAIL,
    /** Reported for the record; does not change the verdict. */
    WARNING
}
