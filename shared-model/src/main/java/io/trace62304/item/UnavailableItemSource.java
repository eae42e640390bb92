package io.trace62304.item;

/**
 * The item source of a site that could not be reached or read before the gate ran: loading it fails with the
 * reason, so the gate fails closed (ERROR) and says why.
 *
 * @param description the source as the baseline names it, e.g. "Jira https://jira.example.com"
 * @param problem     why it cannot be read
 */
public record UnavailableItemSource(String description, String problem) implements ItemSource {
    @Override
    public ItemSet load() throws ItemSourceException {
        throw new ItemSourceException("cannot read the items from " + description + ": " + problem);
    }

    @Override
    public String describe() {
        return description;
    }
}
