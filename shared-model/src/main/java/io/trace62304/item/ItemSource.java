package io.trace62304.item;

/**
 * Where a gate reads its items from: a file written by hand, a saved Jira search, or a live Jira site. A source
 * that cannot answer throws, so the gate fails closed; it never returns a partial set.
 */
public interface ItemSource {
    /** Loads every item in scope. */
    ItemSet load() throws ItemSourceException;

    /** A short description for reports: the file or the site and query. */
    String describe();
}
