package io.trace62304.itemfile;

import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.LinkType;
import java.util.Locale;
import java.util.Optional;

/** A link written the way people read it: "verifies" or "is verified by", matched case-insensitively. */
record LinkPhrase(LinkType type, Direction direction) {
    static Optional<LinkPhrase> parse(final String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (LinkType type : LinkType.values()) {
            if (type.outward().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(new LinkPhrase(type, Direction.OUTWARD));
            }
            if (type.inward().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(new LinkPhrase(type, Direction.INWARD));
            }
        }
        return Optional.empty();
    }
}
