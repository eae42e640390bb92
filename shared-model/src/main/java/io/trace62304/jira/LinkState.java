package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one job last wrote on one issue, kept in the issue property {@code trace62304.job.<job>} so that a later run
 * reads it back in bulk instead of each link and comment: the digest of the result its remote link shows, the
 * digest of what its comment shows (absent: no comment), the build number, and the digests of its permanent
 * release links by globalId.
 *
 * @param link     digest of the result the job's remote link shows
 * @param comment  digest of the findings the job's comment shows, empty when it has written no comment
 * @param build    the build id that wrote it (ordered when numeric: an older build never overwrites a newer one)
 * @param releases digests of the release links, by globalId
 */
record LinkState(String link, Optional<String> comment, String build, Map<String, String> releases) {
    static final String SCHEMA = "trace62304-linkback/1";
    static final LinkState NONE = new LinkState("", Optional.empty(), "", Map.of());

    LinkState {
        Objects.requireNonNull(link);
        Objects.requireNonNull(comment);
        Objects.requireNonNull(build);
        releases = Map.copyOf(releases);
    }

    boolean isKnown() {
        return !link.isEmpty();
    }

    /** Reads the property value; anything else (absent, another schema, damaged) is no state. */
    static LinkState of(final JsonNode value) {
        if (value == null || !SCHEMA.equals(value.path("schema").asText())) {
            return NONE;
        }
        Map<String, String> releases = new TreeMap<>();
        value.path("releases")
                .properties()
                .forEach(e -> releases.put(e.getKey(), e.getValue().asText()));
        JsonNode comment = value.path("comment");
        return new LinkState(
                value.path("link").asText(""),
                comment.isTextual() ? Optional.of(comment.asText()) : Optional.empty(),
                value.path("build").asText(""),
                releases);
    }

    JsonNode toJson() {
        ObjectNode json =
                JsonNodeFactory.instance.objectNode().put("schema", SCHEMA).put("link", link);
        comment.ifPresent(digest -> json.put("comment", digest));
        json.put("build", build);
        ObjectNode links = json.putObject("releases");
        new TreeMap<>(releases).forEach(links::put);
        return json;
    }

    /** Whether build {@code id} comes before the one recorded (both numeric); then it must not overwrite it. */
    boolean isNewerThan(final String id) {
        if (!build.matches("\\d+") || !id.matches("\\d+")) {
            return false;
        }
        String recorded = build.replaceFirst("^0+(?=\\d)", "");
        String asked = id.replaceFirst("^0+(?=\\d)", "");
        return recorded.length() != asked.length() ? recorded.length() > asked.length() : recorded.compareTo(asked) > 0;
    }
}
