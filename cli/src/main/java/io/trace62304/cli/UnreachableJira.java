package io.trace62304.cli;

import java.net.URI;

import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;

/** The item source of a Jira site that could not be connected to: the gate then fails closed (ERROR). */
record UnreachableJira(URI site) implements ItemSource {
    @Override
    public ItemSet load() throws ItemSourceException {
        throw new ItemSourceException("cannot connect to Jira " + site + " (see the message above)");
    }

    @Override
    public String describe() {
        return "Jira " + site;
    }
}
