package io.trace62304.monitor;

/** What changed about one vulnerability of one released SOUP component since the baseline was sealed. */
public enum ChangeKind {
    /** No source named it when the baseline was sealed. */
    NEW_VULNERABILITY,
    /** A source rates it more or less severely than the sealed baseline. */
    SEVERITY_CHANGED,
    /** The CISA KEV catalogue lists it as exploited in the wild. */
    KNOWN_EXPLOITED,
    /** A version range could not be evaluated: it may apply. */
    POSSIBLY_AFFECTED,
    /** Nothing changed, but a fixed version is available. */
    FIX_AVAILABLE
}
