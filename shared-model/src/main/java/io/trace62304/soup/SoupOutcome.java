package io.trace62304.soup;

/** How a build's component and the SOUP items agree (8.1.2: each SOUP item identified by exact version). */
public enum SoupOutcome {
    /** A SOUP item names this component and exactly this version. */
    MATCHED,
    /** A SOUP item names this component, but another version. */
    VERSION_DRIFT,
    /** No SOUP item names this component. */
    MISSING_ITEM,
    /** A SOUP item whose component is no longer in the build. */
    NOT_IN_BUILD,
    /**
     * Runtime or platform SOUP (a JRE, an operating system: {@code SOUP Scope} runtime or platform) that the
     * software needs but no build scan lists: declared by its SOUP item, kept in the SOUP list and the SBOM (8.1.2).
     */
    DECLARED
}
