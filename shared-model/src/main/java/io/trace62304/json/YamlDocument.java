package io.trace62304.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.report.ReportException;
import java.util.Map;
import java.util.Objects;

/**
 * One YAML document read by {@link SecureYaml}, with where each value was written, so that an error about a
 * value names the file, the line and the column, and the JSON pointer of the key.
 *
 * @param file      the file, as the user named it
 * @param root      the document
 * @param locations line and column of each value by JSON pointer (of its key, for mapping entries)
 */
public record YamlDocument(String file, JsonNode root, Map<String, Location> locations) {
    public YamlDocument {
        Objects.requireNonNull(file);
        Objects.requireNonNull(root);
        locations = Map.copyOf(locations);
    }

    /**
     * Where a value was written.
     *
     * @param line   1-based line
     * @param column 1-based column
     */
    public record Location(int line, int column) {}

    /**
     * @param pointer the JSON pointer of the offending value ({@code /items/0/links})
     * @param reason  what is wrong
     * @return the error to throw, at the value's line, else at its nearest enclosing value's line
     */
    public ReportException error(final String pointer, final String reason) {
        String at = pointer;
        Location location = locations.get(at);
        while (location == null && !at.isEmpty()) {
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
            location = locations.get(at);
        }
        int line = location == null ? 0 : location.line();
        int column = location == null ? 0 : location.column();
        return new ReportException(
                file, line, column, "at " + (pointer.isEmpty() ? "/" : pointer) + ": " + reason, null);
    }
}
