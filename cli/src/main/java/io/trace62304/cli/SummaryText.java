package io.trace62304.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a report summary for a person: one line per file, errors on standard error. */
final class SummaryText {
    private static final List<String> SKIPPED = List.of("file", "format", "error", "failures");

    private SummaryText() {}

    static void print(final JsonNode summary, final PrintWriter out, final PrintWriter err) {
        if (!summary.get("error").isNull()) {
            err.println("error: " + summary.get("error").asText());
            return;
        }
        List<String> facts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : summary.properties()) {
            if (!SKIPPED.contains(field.getKey())) {
                facts.add(field.getKey() + " " + describe(field.getValue()));
            }
        }
        out.println(
                summary.get("file").asText() + " [" + summary.get("format").asText() + "] " + String.join(", ", facts));
        for (JsonNode failure : summary.path("failures")) {
            out.println("  " + failure.get("outcome").asText() + ": "
                    + failure.get("test").asText() + " — "
                    + failure.get("message").asText());
        }
    }

    private static String describe(final JsonNode value) {
        if (!value.isObject()) {
            return value.asText();
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            parts.add(field.getKey() + "="
                    + (field.getValue().isObject()
                            ? field.getValue().path("covered").asText() + "/"
                                    + (field.getValue().path("covered").asLong()
                                            + field.getValue().path("missed").asLong())
                            : field.getValue().asText()));
        }
        return "{" + String.join(" ", parts) + "}";
    }
}
