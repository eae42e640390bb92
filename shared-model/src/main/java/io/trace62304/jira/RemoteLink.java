package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A remote issue link identified by its {@code globalId}: Jira keeps one link per globalId and issue, so
 * posting it again updates it. Always sent whole (fields left out would be cleared).
 */
public record RemoteLink(String globalId, String url, String title, String summary, String relationship) {
    static final String APPLICATION_TYPE = "io.trace62304.build";
    static final String APPLICATION_NAME = "Trace62304";
    private static final Pattern TIME = Pattern.compile(" at \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z$");

    public RemoteLink {
        Objects.requireNonNull(globalId);
        Objects.requireNonNull(url);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(relationship);
    }

    JsonNode toJson() {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("globalId", globalId);
        link.putObject("application").put("type", APPLICATION_TYPE).put("name", APPLICATION_NAME);
        link.put("relationship", relationship);
        link.putObject("object").put("url", url).put("title", title).put("summary", summary);
        return link;
    }

    /** Whether Jira's stored link says this, but for the time it was recorded at (the end of the summary). */
    boolean matchesButForTime(final JsonNode stored) {
        ObjectNode untimed = stored.deepCopy();
        if (untimed.path("object") instanceof ObjectNode object) {
            object.put("summary", untimed(object.path("summary").asText()));
        }
        return new RemoteLink(globalId, url, title, untimed(summary), relationship).matches(untimed);
    }

    private static String untimed(final String text) {
        return TIME.matcher(text).replaceFirst("");
    }

    /** Whether Jira's stored link already says exactly this. */
    boolean matches(final JsonNode stored) {
        JsonNode object = stored.path("object");
        return globalId.equals(stored.path("globalId").asText())
                && relationship.equals(stored.path("relationship").asText())
                && APPLICATION_TYPE.equals(
                        stored.path("application").path("type").asText())
                && APPLICATION_NAME.equals(
                        stored.path("application").path("name").asText())
                && url.equals(object.path("url").asText())
                && title.equals(object.path("title").asText())
                && summary.equals(object.path("summary").asText());
    }
}
