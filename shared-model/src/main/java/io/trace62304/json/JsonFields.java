package io.trace62304.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.report.Numbers;
import io.trace62304.report.ReportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads fields of a JSON report tree; every problem names the file and the JSON pointer of the value.
 *
 * @param file the report, as the user named it
 */
public record JsonFields(String file) {
    /**
     * @param node  an object
     * @param field a field name
     * @return its text, or empty when absent or null
     */
    public String text(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText().strip();
    }

    /**
     * @param node  an object
     * @param field a field name
     * @return its elements, or none when absent or null
     */
    public List<JsonNode> array(final JsonNode node, final String field) {
        JsonNode value = node.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }

    /**
     * @param node    an object
     * @param field   a field name whose value is a number or a numeric string
     * @param pointer the JSON pointer of {@code node}, for messages
     * @return the value
     * @throws ReportException if absent or not a number
     */
    public double number(final JsonNode node, final String field, final String pointer) throws ReportException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw error(pointer + "/" + field, "a number is required here");
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return Numbers.toDouble(value.asText(), "value", reason -> error(pointer + "/" + field, reason));
    }

    /**
     * @param node     a value that must be an array
     * @param pointer  its JSON pointer
     * @throws ReportException if it is present but not an array
     */
    public void requireArrayOrAbsent(final JsonNode node, final String pointer) throws ReportException {
        if (node != null && !node.isNull() && !node.isArray()) {
            throw error(
                    pointer,
                    "an array is required here, found "
                            + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param pointer where the problem is
     * @param reason  what is wrong
     * @return the error to throw
     */
    public ReportException error(final String pointer, final String reason) {
        return new ReportException(file, 0, 0, "at JSON " + (pointer.isEmpty() ? "/" : pointer) + ": " + reason, null);
    }
}
