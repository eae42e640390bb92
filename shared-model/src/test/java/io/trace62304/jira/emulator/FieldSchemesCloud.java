package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira Cloud's Field Schemes (Atlassian RFC-103, RFC-105; {@code /rest/api/3/config/fieldschemes}): a space moved to
 * the new model uses one field scheme, and only the fields in it, for the work types each is restricted to, can be
 * set on its work items; field contexts no longer restrict where a field shows. A space still on field
 * configurations is not listed by "Get projects with field schemes" and keeps the old behaviour.
 */
final class FieldSchemesCloud {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BASE = "/rest/api/3/config/fieldschemes";
    private static final Pattern ONE = Pattern.compile("^" + BASE + "/([0-9]+)(/clone|/fields)?$");
    private static final List<String> SYSTEM_FIELDS = List.of("summary", "issuetype", "status", "description");

    /** A field scheme: its fields, each with the work type ids it is restricted to (empty: every work type). */
    private record Scheme(
            String id, String name, String description, boolean isDefault, Map<String, List<String>> fields) {}

    private final JiraEmulator site;
    private final Map<String, Scheme> schemes = new LinkedHashMap<>();
    private final Map<String, String> projects = new LinkedHashMap<>();
    private int ids = 50000;

    FieldSchemesCloud(final JiraEmulator site) {
        this.site = site;
    }

    /** Moves a space onto Field Schemes, with the site's default scheme (system fields only) unless it has one. */
    synchronized void useFieldSchemes(final String projectId) {
        Scheme standard = schemes.values().stream()
                .filter(Scheme::isDefault)
                .findFirst()
                .orElseGet(() -> {
                    Map<String, List<String>> fields = new LinkedHashMap<>();
                    SYSTEM_FIELDS.forEach(f -> fields.put(f, List.of()));
                    Scheme created = new Scheme(
                            String.valueOf(++ids), "Default Field Scheme", "Default field scheme", true, fields);
                    schemes.put(created.id(), created);
                    return created;
                });
        projects.putIfAbsent(projectId, standard.id());
    }

    /**
     * Whether the field may be set on a work item of this space and work type: always on field configurations;
     * on Field Schemes only when the space's scheme has the field for that work type (Jira answers 400 otherwise).
     */
    synchronized boolean available(final String projectId, final String fieldId, final String workTypeId) {
        String scheme = projects.get(projectId);
        if (scheme == null || SYSTEM_FIELDS.contains(fieldId)) {
            return true;
        }
        List<String> types = schemes.get(scheme).fields().get(fieldId);
        return types != null && (types.isEmpty() || types.contains(workTypeId));
    }

    synchronized Response route(
            final String method, final String path, final Map<String, List<String>> query, final JsonNode body) {
        if (!path.startsWith(BASE)) {
            return null;
        }
        if (path.equals(BASE + "/projects")) {
            return "GET".equals(method)
                    ? projectsOf(Answers.first(query, "projectId"))
                    : Answers.administered(site, () -> assign(body));
        }
        if (path.equals(BASE + "/fields") && "PUT".equals(method)) {
            return Answers.administered(site, () -> associate(body));
        }
        if (path.equals(BASE)) {
            if ("GET".equals(method)) {
                String text = Answers.first(query, "query").toLowerCase(java.util.Locale.ROOT);
                return Response.ok(Answers.page(schemes.values().stream()
                        .filter(s -> (s.name() + " " + s.description())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(text))
                        .map(this::bean)
                        .toList()));
            }
            return Answers.administered(site, () -> create(body, Map.of()));
        }
        Matcher one = ONE.matcher(path);
        if (!one.matches() || !schemes.containsKey(one.group(1))) {
            return new Response(404, JiraEmulator.error("The field scheme was not found."), Map.of());
        }
        Scheme scheme = schemes.get(one.group(1));
        String rest = one.group(2) == null ? "" : one.group(2);
        return switch (method + " " + rest) {
            case "POST /clone" -> Answers.administered(site, () -> create(body, scheme.fields()));
            case "GET /fields" -> Response.ok(Answers.page(fields(scheme)));
            default -> new Response(405, JiraEmulator.error("Method not allowed."), Map.of());
        };
    }

    private Response projectsOf(final String projectId) {
        List<JsonNode> values = new ArrayList<>();
        Optional.ofNullable(projects.get(projectId))
                .ifPresent(scheme -> values.add(JSON.objectNode()
                        .put("projectId", Long.parseLong(projectId))
                        .put("schemeId", Long.parseLong(scheme))));
        return Response.ok(Answers.page(values));
    }

    private Response create(final JsonNode body, final Map<String, List<String>> fields) {
        String name = body.path("name").asText();
        if (schemes.values().stream().anyMatch(s -> s.name().equalsIgnoreCase(name))) {
            return new Response(400, JiraEmulator.error("A field scheme with this name already exists."), Map.of());
        }
        Scheme created = new Scheme(
                String.valueOf(++ids), name, body.path("description").asText(""), false, new LinkedHashMap<>(fields));
        schemes.put(created.id(), created);
        ObjectNode answer = JSON.objectNode()
                .put("id", Long.parseLong(created.id()))
                .put("name", created.name())
                .put("description", created.description());
        return Response.ok(answer);
    }

    /** {@code PUT /fields}: each field into the schemes named, its work type restriction replaced. */
    private Response associate(final JsonNode body) {
        ArrayNode results = JSON.arrayNode();
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            boolean known = site.metadata().hasField(entry.getKey());
            for (JsonNode item : entry.getValue()) {
                List<String> types = new ArrayList<>();
                item.path("restrictedToWorkTypes").forEach(t -> types.add(t.asText()));
                for (JsonNode schemeId : item.path("schemeIds")) {
                    Scheme scheme = schemes.get(schemeId.asText());
                    ObjectNode result = results.addObject()
                            .put("fieldId", entry.getKey())
                            .put("schemeId", schemeId.asLong())
                            .put("success", known && scheme != null);
                    ArrayNode typeIds = result.putArray("workTypeIds");
                    types.forEach(t -> typeIds.add(Long.parseLong(t)));
                    if (known && scheme != null) {
                        scheme.fields().put(entry.getKey(), List.copyOf(types));
                    } else {
                        result.put("error", known ? "The field scheme was not found." : "The field was not found.");
                    }
                }
            }
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("results", results);
        return Response.ok(answer);
    }

    /** {@code PUT /projects}: scheme id to the projects that use it from now on. */
    private Response assign(final JsonNode body) {
        ArrayNode results = JSON.arrayNode();
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            for (JsonNode project : entry.getValue().path("projectIds")) {
                boolean ok =
                        schemes.containsKey(entry.getKey()) && site.metadata().projectNode(project.asText()) != null;
                results.addObject()
                        .put("projectId", project.asLong())
                        .put("schemeId", Long.parseLong(entry.getKey()))
                        .put("success", ok);
                if (ok) {
                    projects.put(project.asText(), entry.getKey());
                }
            }
        }
        ObjectNode answer = JSON.objectNode();
        answer.set("results", results);
        return Response.ok(answer);
    }

    private ObjectNode bean(final Scheme scheme) {
        ObjectNode bean = JSON.objectNode()
                .put("id", Long.parseLong(scheme.id()))
                .put("name", scheme.name())
                .put("description", scheme.description())
                .put("isDefault", scheme.isDefault())
                .put("fieldsCount", scheme.fields().size());
        bean.putObject("links")
                .put("associations", BASE + "/" + scheme.id() + "/fields")
                .put("projects", BASE + "/" + scheme.id() + "/projects");
        return bean;
    }

    private List<JsonNode> fields(final Scheme scheme) {
        List<JsonNode> fields = new ArrayList<>();
        scheme.fields().forEach((id, types) -> {
            ObjectNode field = JSON.objectNode().put("fieldId", id);
            ArrayNode restricted = field.putArray("restrictedToWorkTypes");
            types.forEach(restricted::add);
            fields.add(field);
        });
        return fields;
    }
}
