package io.trace62304.soup;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code Vulnerability Assessment} field of a SOUP item: one line per vulnerability, e.g.
 * {@code CVE-2024-1234: not affected - the parser is never given untrusted input}. The state is one of the
 * CycloneDX analysis states, written with spaces, hyphens or underscores; lines that name no state are ignored.
 */
public final class AssessmentNotes {
    private AssessmentNotes() {}

    /**
     * @param text       the field's text
     * @param recordedIn where it was recorded, e.g. {@code SOUP item PUMP-40}
     * @return the assessments by vulnerability id
     */
    public static Map<String, Assessment> parse(final String text, final String recordedIn) {
        Map<String, Assessment> notes = new TreeMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            while (line.startsWith("-") || line.startsWith("*")) {
                line = line.substring(1).strip();
            }
            int end = 0;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ':') {
                end++;
            }
            if (end == 0) {
                continue;
            }
            String id = line.substring(0, end);
            String rest = line.substring(end).strip();
            rest = rest.startsWith(":") ? rest.substring(1).strip() : rest;
            String normalised = rest.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            String state = Assessment.STATES.stream()
                    .filter(normalised::startsWith)
                    .max((a, b) -> Integer.compare(a.length(), b.length()))
                    .orElse("");
            if (!state.isEmpty()) {
                String detail = rest.substring(state.length()).replaceFirst("^[\\s\\-:,\u2013\u2014]+", "");
                notes.put(id, new Assessment(state, "", detail, recordedIn));
            }
        }
        return notes;
    }
}
