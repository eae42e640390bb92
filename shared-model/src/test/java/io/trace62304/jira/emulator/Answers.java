package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the emulator's routes share: Cloud page beans, query parameters, and refusing writes without Administer Jira. */
final class Answers {
    private Answers() {}

    /** One Cloud page bean holding every value. */
    static JsonNode page(final Collection<? extends JsonNode> values) {
        ObjectNode page = JsonNodeFactory.instance
                .objectNode()
                .put("startAt", 0)
                .put("maxResults", Math.max(50, values.size()))
                .put("total", values.size())
                .put("isLast", true);
        page.putArray("values").addAll(values);
        return page;
    }

    static String first(final Map<String, List<String>> query, final String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** The write's answer, or 403 when the site has taken Administer Jira away. */
    static Response administered(final JiraEmulator site, final Supplier<Response> write) {
        return site.administers()
                ? write.get()
                : new Response(403, JiraEmulator.error("You must have global administrator rights."), Map.of());
    }

    static Response created(final JsonNode body) {
        return new Response(201, body, Map.of());
    }
}
