package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens. Cloud: screens (each created with one tab, as Jira does), their tab fields, screen schemes, issue type
 * screen schemes and the project association. Data Center: the screens list ({@code search}) and the tabs and tab
 * fields of existing screens, which an administrator makes in the UI ({@link #screen}).
 */
final class ScreenRoutes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String API = "/rest/api/3";
    private static final Pattern TABS = Pattern.compile("^/rest/api/[23]/screens/([0-9]+)/tabs(/([0-9]+)/fields)?$");
    private static final Pattern MAPPING = Pattern.compile("^/rest/api/3/issuetypescreenscheme/([0-9]+)/mapping$");

    private final JiraEmulator site;
    private final Map<String, ObjectNode> screens = new LinkedHashMap<>();
    private final Map<String, ObjectNode> tabs = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> tabFields = new LinkedHashMap<>();
    private final Map<String, ObjectNode> screenSchemes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> issueTypeScreenSchemes = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> mappings = new LinkedHashMap<>();
    private final Map<String, String> projectScheme = new LinkedHashMap<>();
    private int ids = 30000;

    ScreenRoutes(final JiraEmulator site) {
        this.site = site;
    }

    /** The answer, or null when the request is not one of these endpoints. */
    synchronized Response route(
            final String method, final String path, final Map<String, List<String>> query, final JsonNode body) {
        Matcher tab = TABS.matcher(path);
        if (tab.matches() && path.startsWith(site.flavour().api())) {
            return tabRoute(method, tab.group(1), tab.group(3), body);
        }
        if (site.flavour() != Flavour.CLOUD) {
            return "GET /rest/api/2/screens".equals(method + " " + path)
                    ? Response.ok(Answers.page(named(query, "search")))
                    : null;
        }
        Matcher mapping = MAPPING.matcher(path);
        if (mapping.matches() && "PUT".equals(method)) {
            return Answers.administered(site, () -> addMappings(mapping.group(1), body));
        }
        return switch (method + " " + path.replace(API, "")) {
            case "GET /screens" -> Response.ok(Answers.page(named(query, "queryString")));
            case "POST /screens" ->
                Answers.administered(
                        site,
                        () -> Answers.created(screens.get(screen(
                                body.path("name").asText(),
                                body.path("description").asText("")))));
            case "GET /screenscheme" -> Response.ok(Answers.page(screenSchemes.values()));
            case "POST /screenscheme" -> Answers.administered(site, () -> Answers.created(screenScheme(body)));
            case "GET /issuetypescreenscheme" -> Response.ok(Answers.page(issueTypeScreenSchemes.values()));
            case "POST /issuetypescreenscheme" ->
                Answers.administered(site, () -> Answers.created(issueTypeScreenScheme(body)));
            case "GET /issuetypescreenscheme/mapping" ->
                Response.ok(Answers.page(
                        mappings.getOrDefault(Answers.first(query, "issueTypeScreenSchemeId"), List.of())));
            case "GET /issuetypescreenscheme/project" ->
                Response.ok(projectAssociation(Answers.first(query, "projectId")));
            case "PUT /issuetypescreenscheme/project" -> Answers.administered(site, () -> associate(body));
            default -> null;
        };
    }

    private Response tabRoute(final String method, final String screenId, final String tabId, final JsonNode body) {
        if (!screens.containsKey(screenId) || tabId != null && !tabs.containsKey(tabId)) {
            return new Response(404, JiraEmulator.error("The screen or tab was not found."), Map.of());
        }
        if (tabId == null) {
            return "GET".equals(method)
                    ? Response.ok(JSON.arrayNode()
                            .addAll(tabs.values().stream()
                                    .filter(t ->
                                            screenId.equals(t.path("screen").asText()))
                                    .map(ScreenRoutes::publicTab)
                                    .toList()))
                    : null;
        }
        if ("GET".equals(method)) {
            return Response.ok(JSON.arrayNode().addAll(tabFields.get(tabId)));
        }
        String fieldId = body.path("fieldId").asText();
        if (tabFields.get(tabId).stream().anyMatch(f -> f.path("id").asText().equals(fieldId))) {
            return new Response(400, JiraEmulator.error("The field is already on the screen."), Map.of());
        }
        ObjectNode field = JSON.objectNode().put("id", fieldId).put("name", fieldId);
        return Answers.administered(site, () -> {
            tabFields.get(tabId).add(field);
            return Response.ok(field);
        });
    }

    private List<ObjectNode> named(final Map<String, List<String>> query, final String parameter) {
        return screens.values().stream()
                .filter(s -> s.path("name").asText().contains(Answers.first(query, parameter)))
                .toList();
    }

    /** A screen with one empty tab, as Jira makes it; its id. */
    synchronized String screen(final String name, final String description) {
        String id = String.valueOf(++ids);
        screens.put(
                id,
                JSON.objectNode().put("id", Long.valueOf(id)).put("name", name).put("description", description));
        String tab = String.valueOf(++ids);
        tabs.put(
                tab,
                JSON.objectNode()
                        .put("id", Long.valueOf(tab))
                        .put("name", "Field Tab")
                        .put("screen", id));
        tabFields.put(tab, new ArrayList<>());
        return id;
    }

    private ObjectNode screenScheme(final JsonNode body) {
        String id = String.valueOf(++ids);
        ObjectNode scheme = JSON.objectNode()
                .put("id", Long.valueOf(id))
                .put("name", body.path("name").asText())
                .put("description", body.path("description").asText(""));
        scheme.set("screens", body.path("screens").deepCopy());
        screenSchemes.put(id, scheme);
        return JSON.objectNode().put("id", Long.valueOf(id));
    }

    private ObjectNode issueTypeScreenScheme(final JsonNode body) {
        String id = String.valueOf(++ids);
        issueTypeScreenSchemes.put(
                id,
                JSON.objectNode()
                        .put("id", id)
                        .put("name", body.path("name").asText())
                        .put("description", body.path("description").asText("")));
        mappings.put(id, new ArrayList<>());
        body.path("issueTypeMappings").forEach(m -> mappings.get(id).add(mapping(id, m)));
        return JSON.objectNode().put("id", id);
    }

    /** Adds mappings as Jira does: no default, no issue type twice, only known screen schemes. */
    private Response addMappings(final String schemeId, final JsonNode body) {
        if (!issueTypeScreenSchemes.containsKey(schemeId)) {
            return new Response(404, JiraEmulator.error("The issue type screen scheme was not found."), Map.of());
        }
        for (JsonNode wanted : body.path("issueTypeMappings")) {
            String type = wanted.path("issueTypeId").asText();
            if ("default".equals(type)
                    || mappings.get(schemeId).stream()
                            .anyMatch(m -> m.path("issueTypeId").asText().equals(type))
                    || !screenSchemes.containsKey(wanted.path("screenSchemeId").asText())) {
                return new Response(
                        400, JiraEmulator.error("The mapping of issue type " + type + " cannot be added."), Map.of());
            }
        }
        body.path("issueTypeMappings").forEach(m -> mappings.get(schemeId).add(mapping(schemeId, m)));
        return Response.empty(204);
    }

    private static ObjectNode mapping(final String schemeId, final JsonNode wanted) {
        return JSON.objectNode()
                .put("issueTypeId", wanted.path("issueTypeId").asText())
                .put("issueTypeScreenSchemeId", schemeId)
                .put("screenSchemeId", wanted.path("screenSchemeId").asText());
    }

    private JsonNode projectAssociation(final String projectId) {
        List<JsonNode> values = new ArrayList<>();
        String scheme = projectScheme.get(projectId);
        if (scheme != null) {
            ObjectNode association = JSON.objectNode();
            association.set("issueTypeScreenScheme", issueTypeScreenSchemes.get(scheme));
            association.putArray("projectIds").add(projectId);
            values.add(association);
        }
        return Answers.page(values);
    }

    private Response associate(final JsonNode body) {
        String scheme = body.path("issueTypeScreenSchemeId").asText();
        String project = body.path("projectId").asText();
        if (!issueTypeScreenSchemes.containsKey(scheme) || site.metadata().projectNode(project) == null) {
            return new Response(404, JiraEmulator.error("The scheme or project was not found."), Map.of());
        }
        projectScheme.put(project, scheme);
        return Response.empty(204);
    }

    private static ObjectNode publicTab(final ObjectNode tab) {
        return JSON.objectNode()
                .put("id", tab.path("id").asLong())
                .put("name", tab.path("name").asText());
    }
}
