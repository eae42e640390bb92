package io.trace62304.depcheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code scanInfo.analysisExceptions} of a Dependency-Check JSON report in whatever form it has. The
 * documented form is an array of {@code {"exception": {"message": …}}}; any other non-empty form (an object, a
 * string, a number, an array of strings…) still says the scan did not analyse everything, so it marks the scan
 * incomplete instead of being ignored (IEC 62304 5.8.1, 7.1.2: a scan that could not read all the software cannot
 * show that no known anomaly affects it).
 */
final class AnalysisExceptionsJson {
    private static final String NO_MESSAGE = "analysis exception without a message";

    private AnalysisExceptionsJson() {}

    /**
     * @param value the {@code analysisExceptions} value, or null when absent
     * @return one message per exception; empty only when the value is absent, null or empty
     */
    static List<String> messages(final JsonNode value) {
        List<String> messages = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return messages;
        }
        if (value.isArray()) {
            value.forEach(entry -> messages.add(message(entry)));
        } else if (value.isObject()) {
            if (!value.isEmpty()) {
                messages.add(message(value));
            }
        } else if (value.isTextual()) {
            if (!value.asText().isBlank()) {
                messages.add(value.asText().strip());
            }
        } else {
            messages.add("analysisExceptions is a " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " ("
                    + value.asText() + "), not a list: the scan cannot be shown complete");
        }
        return messages;
    }

    /** The message of one exception: {@code exception.message}, {@code message}, a string, or a placeholder. */
    private static String message(final JsonNode entry) {
        if (entry.isTextual() && !entry.asText().isBlank()) {
            return entry.asText().strip();
        }
        JsonNode exception = entry.has("exception") ? entry.get("exception") : entry;
        JsonNode message = exception.isObject() ? exception.get("message") : exception;
        if (message != null
                && message.isValueNode()
                && !message.isNull()
                && !message.asText().isBlank()) {
            return message.asText().strip();
        }
        return NO_MESSAGE;
    }
}
