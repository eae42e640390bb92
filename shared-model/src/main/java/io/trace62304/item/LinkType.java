package io.trace62304.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The canonical issue link types with their outward and inward phrases. */
public enum LinkType {
    VERIFIES("Verifies", "verifies", "is verified by"),
    MITIGATES("Mitigates", "mitigates", "is mitigated by"),
    IMPLEMENTS("Implements", "implements", "is implemented by"),
    USES_SOUP("Uses SOUP", "uses SOUP", "is used by"),
    CAUSES("Causes", "causes", "is caused by"),
    /** A software item and the software system or item it was decomposed from (4.3d, 5.3). */
    DECOMPOSES("Decomposes", "is part of", "consists of");

    private final String typeName;
    private final String outward;
    private final String inward;

    LinkType(final String typeName, final String outward, final String inward) {
        this.typeName = typeName;
        this.outward = outward;
        this.inward = inward;
    }

    public String typeName() {
        return typeName;
    }

    public String outward() {
        return outward;
    }

    public String inward() {
        return inward;
    }

    /** Resolves a link type name case-insensitively. */
    public static Optional<LinkType> ofName(final String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.typeName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
