package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the app owns on a site, kept in the project property {@value #PROPERTY}: for each object, its id once
 * created, or "pending" while an apply is creating it, so an interrupted apply's objects are recognised as the
 * app's and never created twice.
 */
public final class Manifest {
    public static final String PROPERTY = "trace62304.provisioning";
    static final String FORMAT = "trace62304-provisioning/1";
    static final String PENDING = "pending";

    private final int schemeVersion;
    private final Map<String, String> objects;

    private Manifest(final int schemeVersion, final Map<String, String> objects) {
        this.schemeVersion = schemeVersion;
        this.objects = new TreeMap<>(objects);
    }

    static Manifest empty() {
        return new Manifest(0, Map.of());
    }

    /**
     * @throws IllegalArgumentException if the property holds something else than a manifest of this format
     */
    static Manifest fromJson(final JsonNode json) {
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new IllegalArgumentException("the project property " + PROPERTY + " is not a " + FORMAT
                    + " manifest; remove it or use another project");
        }
        Map<String, String> objects = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : json.path("objects").properties()) {
            objects.put(entry.getKey(), entry.getValue().asText());
        }
        return new Manifest(json.path("scheme").asInt(), objects);
    }

    JsonNode toJson() {
        ObjectNode json =
                JsonNodeFactory.instance.objectNode().put("format", FORMAT).put("scheme", schemeVersion);
        ObjectNode list = json.putObject("objects");
        objects.forEach(list::put);
        return json;
    }

    /** The id the app recorded for this object, or "pending", or empty when it is not the app's. */
    Optional<String> entry(final Action.Kind kind, final String name) {
        return Optional.ofNullable(objects.get(key(kind, name)));
    }

    boolean owns(final Action.Kind kind, final String name, final String id) {
        return entry(kind, name)
                .map(recorded -> recorded.equals(id) || PENDING.equals(recorded))
                .orElse(false);
    }

    Manifest with(final Action.Kind kind, final String name, final String idOrPending, final int version) {
        Map<String, String> next = new TreeMap<>(objects);
        next.put(key(kind, name), idOrPending);
        return new Manifest(version, next);
    }

    public int schemeVersion() {
        return schemeVersion;
    }

    public Map<String, String> objects() {
        return Map.copyOf(objects);
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Manifest m && m.schemeVersion == schemeVersion && m.objects.equals(objects);
    }

    @Override
    public int hashCode() {
        return objects.hashCode() * 31 + schemeVersion;
    }

    private static String key(final Action.Kind kind, final String name) {
        return kind.label() + "/" + name;
    }
}
