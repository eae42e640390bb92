package io.trace62304.itemfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reduces Jira field values (text, options, users, versions, ADF documents, lists) to plain text. */
public final class JiraValues {
    private static final List<String> NAME_KEYS = List.of("value", "name", "displayName", "key");

    private JiraValues() {}

    /** The plain text of a field value. */
    public static String text(final JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(text(element)));
            return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
        }
        if (value.isObject()) {
            if ("doc".equals(value.path("type").asText())) {
                StringBuilder text = new StringBuilder();
                appendDocument(value, text);
                return text.toString().strip();
            }
            for (String key : NAME_KEYS) {
                if (value.path(key).isValueNode()) {
                    String child = value.path(key).asText();
                    return value.path("child").isObject() ? child + " - " + text(value.get("child")) : child;
                }
            }
            return "";
        }
        return value.asText();
    }

    private static void appendDocument(final JsonNode node, final StringBuilder text) {
        if ("text".equals(node.path("type").asText())) {
            text.append(node.path("text").asText());
        }
        if ("hardBreak".equals(node.path("type").asText())) {
            text.append('\n');
        }
        for (JsonNode child : node.path("content")) {
            appendDocument(child, text);
        }
        if (isBlock(node.path("type").asText()) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static boolean isBlock(final String type) {
        return "paragraph".equals(type)
                || "heading".equals(type)
                || "listItem".equals(type)
                || "codeBlock".equals(type)
                || "blockquote".equals(type);
    }
}
