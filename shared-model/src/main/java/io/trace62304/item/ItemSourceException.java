package io.trace62304.item;

/** An item source could not answer; the message names the source and what the user can do. */
public final class ItemSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public ItemSourceException(final String message, final Throwable cause) {
        super(message, cause);
    }

    public ItemSourceException(final String message) {
        super(message);
    }
}
