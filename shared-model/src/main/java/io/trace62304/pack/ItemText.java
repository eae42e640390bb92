package io.trace62304.pack;

/**
 * The text of an item as the pack shows it, and where it comes from; {@code sourceDiffers} says the item source
 * holds another text today than the one sealed in the baseline (the baseline's is shown).
 */
public record ItemText(String text, Origin origin, boolean sourceDiffers) {
    public enum Origin {
        BASELINE,
        ITEM_SOURCE,
        NONE
    }

    /** One line saying where the text comes from, empty when it is the sealed one and the source agrees. */
    public String note() {
        return switch (origin) {
            case NONE -> "no text recorded";
            case ITEM_SOURCE -> "text from the item source, not sealed in the baseline";
            case BASELINE ->
                sourceDiffers ? "the item source holds a different text today; the sealed text is shown" : "";
        };
    }
}
