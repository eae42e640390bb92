package io.trace62304.approval;

import java.util.Locale;

/** What a signature means (21 CFR 11.50(a)(3)). */
public enum Meaning {
    REVIEW,
    APPROVAL,
    RESPONSIBILITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
