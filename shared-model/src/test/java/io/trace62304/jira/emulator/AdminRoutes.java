package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration endpoints a provisioner uses: issue types, custom fields with contexts and options (Cloud),
 * link types, statuses (Cloud) and project properties. Writes need Administer Jira and answer as each flavour's
 * description says when it is missing or a name is taken.
 */
final class AdminRoutes {
    private static final Pattern CONTEXT = Pattern.compile("^/rest/api/3/field/([^/]+)/context(/([^/]+)/option)?$");
    private static final Pattern PROPERTY = Pattern.compile("^/rest/api/[23]/project/([^/]+)/properties/([^/]+)$");

    private final JiraEmulator site;
    private final EmulatedMetadata metadata;
    private final String api;
    private final IssueTypeSchemesDc issueTypeSchemes;
    private final WorkflowSchemesDc workflowSchemes;

    AdminRoutes(final JiraEmulator site) {
        this.site = site;
        this.metadata = site.metadata();
        this.api = site.flavour().api();
        this.issueTypeSchemes = new IssueTypeSchemesDc(site);
        this.workflowSchemes = new WorkflowSchemesDc(site);
    }

    WorkflowSchemesDc workflowSchemes() {
        return workflowSchemes;
    }

    /** The answer, or null when the request is not a configuration endpoint. */
    Response route(final String method, final String path, final JsonNode body) {
        String endpoint = method + " " + path;
        if (endpoint.equals("POST " + api + "/issuetype")) {
            return denied(403).orElse(() -> createIssueType(body));
        }
        if (endpoint.equals("POST " + api + "/field")) {
            return denied(403)
                    .orElse(() -> created(metadata.field(
                            body.path("name").asText(),
                            body.path("type").asText(),
                            body.path("description").asText(""))));
        }
        if (endpoint.equals("POST " + api + "/issueLinkType")) {
            return denied(404).orElse(() -> createLinkType(body));
        }
        if (site.flavour() == Flavour.CLOUD && endpoint.equals("GET /rest/api/3/statuses/search")) {
            return Response.ok(metadata.statusPage());
        }
        if (site.flavour() == Flavour.CLOUD && endpoint.equals("POST /rest/api/3/statuses")) {
            return denied(401).orElse(() -> Response.ok(metadata.createStatuses(body.path("statuses"))));
        }
        Matcher context = CONTEXT.matcher(path);
        if (site.flavour() == Flavour.CLOUD && context.matches()) {
            return contextRoute(method, context.group(1), context.group(3), body);
        }
        if (site.flavour() == Flavour.DATA_CENTER && path.startsWith("/rest/api/2/issuetypescheme")) {
            return issueTypeSchemes.route(method, path, body);
        }
        Response workflowScheme =
                site.flavour() == Flavour.DATA_CENTER ? workflowSchemes.route(method, path, body) : null;
        if (workflowScheme != null) {
            return workflowScheme;
        }
        Matcher property = PROPERTY.matcher(path);
        if (property.matches()) {
            return propertyRoute(method, property.group(1), property.group(2), body);
        }
        return null;
    }

    private Response createIssueType(final JsonNode body) {
        String name = body.path("name").asText();
        if (metadata.hasIssueType(name)) {
            return new Response(
                    409, JiraEmulator.error("An issue type with the name '" + name + "' already exists."), Map.of());
        }
        return created(metadata.issueType(name, body.path("description").asText("")));
    }

    private Response createLinkType(final JsonNode body) {
        String name = body.path("name").asText();
        if (metadata.hasLinkType(name)) {
            return new Response(
                    404, JiraEmulator.error("The issue link type name '" + name + "' is in use."), Map.of());
        }
        return created(metadata.linkType(
                name, body.path("outward").asText(), body.path("inward").asText()));
    }

    private Response contextRoute(
            final String method, final String fieldId, final String contextId, final JsonNode body) {
        if (!metadata.hasField(fieldId) || contextId != null && !metadata.hasContext(fieldId, contextId)) {
            return new Response(404, JiraEmulator.error("The custom field or context was not found."), Map.of());
        }
        if (contextId == null) {
            return "GET".equals(method)
                    ? Response.ok(metadata.contexts(fieldId))
                    : denied(403)
                            .orElse(() -> body.path("projectIds").isEmpty() && metadata.hasGlobalContext(fieldId)
                                    // a custom field can have only one global context (Atlassian, "Configure custom
                                    // field
                                    // contexts"; Jira Cloud answers 400)
                                    ? new Response(
                                            400,
                                            JiraEmulator.error(
                                                    "The custom field already has a global context; a field can "
                                                            + "have only one."),
                                            Map.of())
                                    : created(metadata.createContext(fieldId, body)));
        }
        return "GET".equals(method)
                ? Response.ok(metadata.options(fieldId, contextId))
                : denied(403).orElse(() -> Response.ok(metadata.addOptions(fieldId, contextId, body)));
    }

    private Response propertyRoute(final String method, final String project, final String key, final JsonNode body) {
        if (metadata.projectNode(project) == null) {
            return new Response(
                    404, JiraEmulator.error("No project could be found with key '" + project + "'."), Map.of());
        }
        if ("GET".equals(method)) {
            JsonNode value = metadata.property(project, key);
            return value == null
                    ? new Response(404, JiraEmulator.error("The property '" + key + "' does not exist."), Map.of())
                    : Response.ok(property(key, value));
        }
        boolean cloud = site.flavour() == Flavour.CLOUD;
        return denied(403).orElse(() -> {
            int status = metadata.setProperty(project, key, body) ? 201 : 200;
            // Cloud declares a JSON answer (an empty object); Data Center none
            return cloud
                    ? new Response(status, JsonNodeFactory.instance.objectNode(), Map.of())
                    : Response.empty(status);
        });
    }

    private static JsonNode property(final String key, final JsonNode value) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("key", key);
        answer.set("value", value);
        return answer;
    }

    private static Response created(final JsonNode body) {
        return new Response(201, body, Map.of());
    }

    /** A write refused for want of Administer Jira, with the status this endpoint uses for it. */
    private Denial denied(final int status) {
        return new Denial(
                site.administers()
                        ? null
                        : new Response(
                                status,
                                JiraEmulator.error(
                                        "You must have global administrator rights to change the configuration."),
                                Map.of()));
    }

    /** Either the refusal, or the answer of the write. */
    private record Denial(Response refusal) {
        Response orElse(final Supplier<Response> write) {
            return refusal != null ? refusal : write.get();
        }
    }
}
