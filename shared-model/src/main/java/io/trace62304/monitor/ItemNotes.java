package io.trace62304.monitor;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-vulnerability lines of a SOUP item field, {@code ID: text}, e.g. the {@code Communication Decision} field:
 * {@code CVE-2025-48924: users informed 2026-12-02 (FSN-7); regulator not required - no hazardous situation}.
 */
final class ItemNotes {
    private final Map<String, String> byId = new TreeMap<>();

    ItemNotes(final String text) {
        for (String raw : text.split("\\R")) {
            String line = raw.strip().replaceFirst("^[-*]\\s*", "");
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().matches("[A-Za-z][A-Za-z0-9._-]*")) {
                String note = line.substring(colon + 1).strip();
                if (!note.isEmpty()) {
                    byId.put(line.substring(0, colon).strip(), note);
                }
            }
        }
    }

    /** @return the note on any of the identifiers */
    Optional<String> find(final Collection<String> identifiers) {
        return identifiers.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
