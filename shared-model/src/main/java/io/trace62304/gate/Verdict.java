package io.trace62304.gate;

/** The gate decision. */
public enum Verdict {
    /** Every enabled rule holds. */
    PASS,
    /** A rule found missing or failing evidence. */
    FAIL,
    /** The gate cannot decide (an input could not be read or a rule could not be evaluated); fails closed. */
    ERROR
}
