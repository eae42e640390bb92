package io.trace62304.vuln;

/** Whether a version lies in the ranges an advisory names. */
public enum Exposure {
    /** The version is listed, or lies in a range. */
    AFFECTED,
    /** Neither listed nor in a range that could be evaluated. */
    NOT_AFFECTED,
    /**
     * A range could not be evaluated for this version (an ordering we do not know, a version that ordering cannot
     * read, or only commit ranges): the advisory may apply and needs a person's review (fails closed).
     */
    UNDETERMINED
}
