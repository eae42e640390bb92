package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The emulated endpoints: what the client uses, in the shapes the published OpenAPI descriptions declare. */
final class Routes {
    /** The global permissions among those a Data Center {@code mypermissions} answer lists. */
    private static final List<String> GLOBAL_PERMISSIONS =
            List.of("ADMINISTER", "SYSTEM_ADMIN", "USER_PICKER", "CREATE_SHARED_OBJECTS", "BULK_CHANGE");

    /** Every permission a Data Center site answers in {@code mypermissions} (Jira's system permission keys). */
    private static final List<String> DATA_CENTER_PERMISSIONS = List.of(
            "ADMINISTER",
            "SYSTEM_ADMIN",
            "USER_PICKER",
            "CREATE_SHARED_OBJECTS",
            "BULK_CHANGE",
            "ADMINISTER_PROJECTS",
            "BROWSE_PROJECTS",
            "CREATE_ISSUES",
            "EDIT_ISSUES",
            "TRANSITION_ISSUES",
            "SCHEDULE_ISSUES",
            "MOVE_ISSUES",
            "ASSIGN_ISSUES",
            "RESOLVE_ISSUES",
            "CLOSE_ISSUES",
            "LINK_ISSUES",
            "ADD_COMMENTS",
            "EDIT_OWN_COMMENTS",
            "EDIT_ALL_COMMENTS",
            "CREATE_ATTACHMENTS",
            "WORK_ON_ISSUES");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern ISSUE = Pattern.compile("^/rest/api/[23]/issue/([^/]+)(/[a-z]+)?(/([^/]+))?$");
    private static final Pattern JQL = Pattern.compile(
            "(?i)^\\s*project\\s*=\\s*\"?([A-Z][A-Z0-9_]*)\"?" + "(\\s+order\\s+by\\s+key(\\s+asc)?)?\\s*$");

    private final JiraEmulator site;
    private final String api;
    private final AdminRoutes adminRoutes;
    private final WorkflowRoutes workflowRoutes;
    private final ScreenRoutes screenRoutes;
    private final IssueDataRoutes issueDataRoutes;
    private final FieldSchemesCloud fieldSchemes;

    Routes(final JiraEmulator site) {
        this.site = site;
        this.api = site.flavour().api();
        this.adminRoutes = new AdminRoutes(site);
        this.workflowRoutes = new WorkflowRoutes(site);
        this.screenRoutes = new ScreenRoutes(site);
        this.issueDataRoutes = new IssueDataRoutes(site, (issue, fields) -> issueBean(issue, fields, false));
        this.fieldSchemes = new FieldSchemesCloud(site);
    }

    /** The path with issue keys and ids replaced, for counting requests per endpoint. */
    static String template(final String path) {
        Matcher issue = ISSUE.matcher(path);
        if (issue.matches() && !path.endsWith("/issue/bulkfetch")) {
            return path.substring(0, path.indexOf("/issue/") + 7) + "{key}"
                    + (issue.group(2) == null ? "" : issue.group(2)) + (issue.group(3) == null ? "" : "/{id}");
        }
        return path;
    }

    AdminRoutes admin() {
        return adminRoutes;
    }

    WorkflowRoutes workflows() {
        return workflowRoutes;
    }

    ScreenRoutes screens() {
        return screenRoutes;
    }

    FieldSchemesCloud fieldSchemes() {
        return fieldSchemes;
    }

    Response route(final String method, final String path, final Map<String, List<String>> query, final JsonNode body) {
        String endpoint = method + " " + path;
        if (endpoint.equals("GET /rest/api/2/serverInfo") || endpoint.equals("GET " + api + "/serverInfo")) {
            return Response.ok(serverInfo());
        }
        if (endpoint.equals("GET " + api + "/myself")) {
            return Response.ok(myself());
        }
        if (endpoint.equals("GET " + api + "/mypermissions")) {
            return permissions(query);
        }
        Response screen = screenRoutes.route(method, path, query, body);
        if (screen != null) {
            return screen;
        }
        Response workflow = workflowRoutes.route(method, path, query, body);
        if (workflow != null) {
            return workflow;
        }
        Response fieldScheme = site.flavour() == Flavour.CLOUD ? fieldSchemes.route(method, path, query, body) : null;
        if (fieldScheme != null) {
            return fieldScheme;
        }
        Response admin = adminRoutes.route(method, path, body);
        if (admin != null) {
            return admin;
        }
        Response issueData = issueDataRoutes.route(method, path, query, body);
        if (issueData != null) {
            return issueData;
        }
        if (endpoint.equals("GET " + api + "/field")) {
            return Response.ok(site.metadata().fields());
        }
        if (site.flavour() == Flavour.DATA_CENTER && endpoint.equals("GET /rest/api/2/workflow")) {
            return Response.ok(site.metadata().workflows());
        }
        if (endpoint.equals("GET " + api + "/issuetype")) {
            return Response.ok(site.metadata().issueTypes());
        }
        if (endpoint.equals("GET " + api + "/issueLinkType")) {
            return Response.ok(site.metadata().linkTypes());
        }
        if (endpoint.equals("GET " + api + (site.flavour() == Flavour.CLOUD ? "/resolution/search" : "/resolution"))) {
            return Response.ok(site.metadata().resolutions());
        }
        if (endpoint.equals("GET " + api + "/status")) {
            return Response.ok(site.metadata().statuses());
        }
        if (method.equals("GET") && path.startsWith(api + "/project/") && path.indexOf('/', api.length() + 9) < 0) {
            JsonNode project = site.metadata().project(path.substring(api.length() + 9));
            return project == null
                    ? new Response(
                            404,
                            JiraEmulator.error(
                                    "No project could be found with key '" + path.substring(api.length() + 9) + "'."),
                            Map.of())
                    : Response.ok(project);
        }
        if (site.flavour() == Flavour.CLOUD && endpoint.equals("POST /rest/api/3/search")) {
            return new Response(
                    410,
                    JiraEmulator.error("The requested API has been removed. Please migrate to the "
                            + "/rest/api/3/search/jql API."),
                    Map.of());
        }
        if (site.flavour() == Flavour.CLOUD && endpoint.equals("POST /rest/api/3/search/jql")) {
            return search(body, true);
        }
        if (site.flavour() == Flavour.DATA_CENTER && endpoint.equals("POST /rest/api/2/search")) {
            return search(body, false);
        }
        if (site.flavour() == Flavour.CLOUD && endpoint.equals("POST /rest/api/3/changelog/bulkfetch")) {
            return Response.ok(changelogs(body));
        }
        if (endpoint.equals("POST " + api + "/issue")) {
            return createIssue(body);
        }
        if (endpoint.equals("POST " + api + "/issueLink")) {
            site.link(
                    body.path("type").path("name").asText(),
                    body.path("outwardIssue").path("key").asText(),
                    body.path("inwardIssue").path("key").asText());
            return Response.empty(201);
        }
        Matcher issue = ISSUE.matcher(path);
        if (path.startsWith(api + "/issue/") && issue.matches()) {
            EmulatedIssue found = site.find(issue.group(1));
            if (found == null) {
                return new Response(
                        404,
                        JiraEmulator.error("Issue does not exist or you do not have permission to see it."),
                        Map.of());
            }
            synchronized (found) {
                return issueRoute(
                        method, issue.group(2) == null ? "" : issue.group(2), issue.group(4), found, query, body);
            }
        }
        return new Response(404, JiraEmulator.error("not emulated: " + endpoint), Map.of());
    }

    private Response issueRoute(
            final String method,
            final String sub,
            final String id,
            final EmulatedIssue issue,
            final Map<String, List<String>> query,
            final JsonNode body) {
        return switch (method + " " + sub) {
            case "GET " -> {
                ObjectNode bean = issueBean(
                        issue,
                        requested(Answers.first(query, "fields")),
                        "changelog".equals(Answers.first(query, "expand")));
                IssueDataRoutes.addProperties(bean, issue, requested(Answers.first(query, "properties")));
                yield Response.ok(bean);
            }
            case "PUT " -> editFields(issue, Answers.first(query, "notifyUsers"), body);
            case "GET /comment" -> comments(issue, query);
            case "POST /comment" -> addComment(issue, body);
            case "PUT /comment" -> editComment(issue, id, body);
            case "GET /transitions" -> Response.ok(transitions(issue));
            case "POST /transitions" -> transition(issue, body);
            default -> new Response(404, JiraEmulator.error("not emulated: " + method + " issue" + sub), Map.of());
        };
    }

    private JsonNode serverInfo() {
        ObjectNode info = JSON.objectNode()
                .put("baseUrl", site.uri().toString())
                .put("version", site.flavour() == Flavour.CLOUD ? "1001.0.0-SNAPSHOT" : "10.3.12")
                .put("buildNumber", 100288)
                .put("serverTitle", "Trace62304 emulator")
                .put("deploymentType", site.flavour() == Flavour.CLOUD ? "Cloud" : "Server");
        info.putArray("versionNumbers")
                .add(site.flavour() == Flavour.CLOUD ? 1001 : 10)
                .add(0)
                .add(0);
        return info;
    }

    private JsonNode myself() {
        ObjectNode user = JSON.objectNode()
                .put("displayName", "Release gate")
                .put("active", true)
                .put("timeZone", site.userZone().zone().getId());
        return site.flavour() == Flavour.CLOUD
                ? user.put("accountId", "5b10ac8d82e05b22cc7d4ef5").put("accountType", "atlassian")
                : user.put("name", "gate").put("key", "JIRAUSER10100");
    }

    /**
     * {@code GET mypermissions}. Cloud requires {@code permissions} (400 without it, change notice of 2019-02-01)
     * and answers the keys asked for; Data Center's description has no such parameter: it answers every permission
     * in the system whatever the query says (DC 11.3 {@code getPermissions}), so a client relying on the filter there
     * would only seem to work.
     */
    private Response permissions(final Map<String, List<String>> query) {
        String asked = Answers.first(query, "permissions");
        if (site.flavour() == Flavour.CLOUD && (asked == null || asked.isBlank())) {
            return new Response(400, JiraEmulator.error("The permissions query parameter is required."), Map.of());
        }
        List<String> keys = site.flavour() == Flavour.CLOUD ? List.of(asked.split(",")) : DATA_CENTER_PERMISSIONS;
        ObjectNode answer = JSON.objectNode();
        ObjectNode permissions = answer.putObject("permissions");
        for (String key : keys) {
            if (!key.isBlank()) {
                permissions
                        .putObject(key)
                        .put("id", String.valueOf(Math.abs(key.hashCode() % 100)))
                        .put("key", key)
                        .put("name", key)
                        .put("type", GLOBAL_PERMISSIONS.contains(key) ? "GLOBAL" : "PROJECT")
                        .put("description", key)
                        .put("havePermission", site.holds(key));
            }
        }
        return Response.ok(answer);
    }

    private Response search(final JsonNode body, final boolean cloud) {
        Matcher jql = JQL.matcher(body.path("jql").asText(""));
        if (!jql.matches()) {
            return new Response(
                    400,
                    JiraEmulator.error("Error in the JQL Query: the emulator understands "
                            + "'project = KEY [ORDER BY key]', not '"
                            + body.path("jql").asText("") + "'."),
                    Map.of());
        }
        List<EmulatedIssue> all = site.inProject(jql.group(1).toUpperCase(java.util.Locale.ROOT));
        int asked = body.path("maxResults").asInt(50);
        int size = Math.max(1, Math.min(asked, site.pageCap()));
        int start = cloud
                ? decodeToken(body.path("nextPageToken").asText(""))
                : body.path("startAt").asInt(0);
        List<String> fields = requested(body.path("fields"));
        ObjectNode page = JSON.objectNode();
        ArrayNode issues = page.putArray("issues");
        for (int i = start; i < Math.min(all.size(), start + size); i++) {
            ObjectNode bean = issueBean(all.get(i), fields, false);
            if (cloud) {
                IssueDataRoutes.addProperties(bean, all.get(i), requested(body.path("properties")));
            }
            issues.add(bean);
        }
        boolean wantsNames = cloud
                ? body.path("expand").asText("").contains("names")
                : body.path("expand").toString().contains("names");
        if (wantsNames) {
            page.set("names", names(fields));
        }
        if (cloud) {
            boolean last = start + size >= all.size();
            page.put("isLast", last);
            if (!last) {
                page.put(
                        "nextPageToken",
                        Base64.getEncoder()
                                .encodeToString(String.valueOf(start + size).getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            page.put("startAt", start).put("maxResults", size).put("total", all.size());
        }
        return Response.ok(page);
    }

    private JsonNode names(final List<String> fields) {
        ObjectNode names = JSON.objectNode();
        Map<String, String> system = Map.of(
                "summary",
                "Summary",
                "issuetype",
                "Issue Type",
                "status",
                "Status",
                "updated",
                "Updated",
                "issuelinks",
                "Linked Issues");
        for (String field : fields) {
            String name = system.get(field);
            if (name == null) {
                name = JiraEmulator.FIELDS.entrySet().stream()
                        .filter(e -> e.getValue().equals(field))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
            }
            if (name != null) {
                names.put(field, name);
            }
        }
        return names;
    }

    private ObjectNode issueBean(final EmulatedIssue issue, final List<String> fields, final boolean changelog) {
        ObjectNode bean = JSON.objectNode()
                .put("id", issue.id)
                .put("key", issue.key)
                .put("self", site.uri() + api + "/issue/" + issue.id);
        ObjectNode values = bean.putObject("fields");
        boolean all = fields.isEmpty() || fields.contains("*all");
        if (all || fields.contains("summary")) {
            values.put("summary", issue.summary);
        }
        if (all || fields.contains("issuetype")) {
            values.putObject("issuetype")
                    .put("id", String.valueOf(Math.abs(issue.type.hashCode() % 10000)))
                    .put("name", issue.type)
                    .put("subtask", false);
        }
        if (all || fields.contains("status")) {
            ObjectNode status = values.putObject("status")
                    .put("id", String.valueOf(Math.abs(issue.status.hashCode() % 10000)))
                    .put("name", issue.status);
            status.putObject("statusCategory")
                    .put("id", issue.done ? 3 : 4)
                    .put("key", issue.done ? "done" : "indeterminate")
                    .put("name", issue.done ? "Done" : "In Progress");
        }
        if (all || fields.contains("updated")) {
            values.put("updated", site.userZone().render(issue.updated));
        }
        if (all || fields.contains("issuelinks")) {
            ArrayNode links = values.putArray("issuelinks");
            issue.links.forEach(links::add);
        }
        issue.customFields.forEach((id, value) -> {
            if (all || fields.contains(id)) {
                values.set(id, value);
            }
        });
        for (String field : fields) {
            if (field.startsWith("customfield_") && !values.has(field)) {
                values.putNull(field);
            }
        }
        if (changelog) {
            ObjectNode log = bean.putObject("changelog")
                    .put("startAt", 0)
                    .put("maxResults", issue.history.size())
                    .put("total", issue.history.size());
            ArrayNode histories = log.putArray("histories");
            issue.history.forEach(entry -> histories.add(asShown(entry)));
        }
        return bean;
    }

    /** A history entry as this site shows it: in the user's time zone, the author by this flavour's identity. */
    private ObjectNode asShown(final ObjectNode entry) {
        ObjectNode shown = site.userZone().rendered(entry);
        if (shown.get("author") instanceof ObjectNode author) {
            if (site.flavour() == Flavour.CLOUD) {
                author.remove(List.of("name", "key"));
            } else {
                author.remove("accountId");
            }
        }
        return shown;
    }

    private JsonNode changelogs(final JsonNode body) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode logs = answer.putArray("issueChangeLogs");
        for (JsonNode key : body.path("issueIdsOrKeys")) {
            EmulatedIssue issue = site.find(key.asText());
            if (issue != null) {
                ObjectNode log = logs.addObject().put("issueId", issue.id);
                ArrayNode histories = log.putArray("changeHistories");
                issue.history.forEach(entry -> histories.add(asShown(entry)));
            }
        }
        return answer;
    }

    /**
     * {@code POST /issue}: a new issue in the project, keyed after its last one, in status Open. Project, issue type
     * and summary are required (400 with {@code errors} per field, as Jira answers); Cloud's v3 takes the
     * description only as an Atlassian Document.
     */
    private Response createIssue(final JsonNode body) {
        JsonNode fields = body == null ? JSON.objectNode() : body.path("fields");
        String project = fields.path("project").path("key").asText("");
        String type = fields.path("issuetype").path("name").asText("");
        String summary = fields.path("summary").asText("");
        ObjectNode refused = JSON.objectNode();
        refused.putArray("errorMessages");
        ObjectNode errors = refused.putObject("errors");
        if (project.isEmpty()) {
            errors.put("project", "Specify a valid project ID or key");
        }
        if (type.isEmpty()) {
            errors.put("issuetype", "Specify an issue type");
        }
        if (summary.isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        if (site.flavour() == Flavour.CLOUD
                && fields.has("description")
                && !fields.path("description").isObject()) {
            errors.put(
                    "description", "Operation value must be an Atlassian Document (see the Atlassian Document Format)");
        }
        if (!errors.isEmpty()) {
            return new Response(400, refused, Map.of());
        }
        int next = site.inProject(project).stream()
                        .mapToInt(i -> Integer.parseInt(i.key.substring(i.key.lastIndexOf('-') + 1)))
                        .max()
                        .orElse(0)
                + 1;
        EmulatedIssue issue =
                site.issue(project + "-" + next, type, "Open", false).summary(summary);
        fields.properties().forEach(entry -> {
            if (!List.of("project", "issuetype", "summary").contains(entry.getKey())) {
                issue.field(entry.getKey(), entry.getValue());
            }
        });
        ObjectNode created = JSON.objectNode()
                .put("id", issue.id)
                .put("key", issue.key)
                .put("self", site.uri() + api + "/issue/" + issue.id);
        return new Response(201, created, Map.of());
    }

    private Response editFields(final EmulatedIssue issue, final String notifyUsers, final JsonNode body) {
        if ("false".equals(notifyUsers) && !site.mayDisableNotifications()) {
            // documented for Data Center ("Admin or project admin permissions are required to disable the
            // notification"; 403); the emulator answers Cloud the same way (docs/jira.md)
            return new Response(
                    403,
                    JiraEmulator.error("To disable notifications, administer Jira or administer project permissions "
                            + "are required."),
                    Map.of());
        }
        java.util.Optional<String> unavailable = unavailableField(issue, body);
        if (unavailable.isPresent()) {
            // Jira's answer for a field the space cannot use; under Field Schemes, one not in the space's scheme for
            // the work item's type (RFC-103/RFC-105; docs/jira.md)
            ObjectNode error = JiraEmulator.error("");
            error.putArray("errorMessages");
            error.putObject("errors")
                    .put(
                            unavailable.get(),
                            "Field '" + unavailable.get()
                                    + "' cannot be set. It is not on the appropriate screen, or unknown.");
            return new Response(400, error, Map.of());
        }
        if (!"false".equals(notifyUsers)) {
            issue.notifications++;
        }
        body.path("fields").properties().forEach(entry -> {
            if ("summary".equals(entry.getKey())) {
                issue.record("summary", issue.summary, entry.getValue().asText());
                issue.summary = entry.getValue().asText();
                return;
            }
            JsonNode before = issue.customFields.get(entry.getKey());
            issue.customFields.put(entry.getKey(), entry.getValue());
            issue.record(
                    entry.getKey(),
                    before == null ? "" : before.asText(),
                    entry.getValue().asText());
        });
        return Response.empty(204);
    }

    /** The first edited field the issue's space cannot use (only a space on Field Schemes restricts them). */
    private java.util.Optional<String> unavailableField(final EmulatedIssue issue, final JsonNode body) {
        int dash = issue.key.indexOf('-');
        JsonNode project = dash < 0 ? null : site.metadata().projectNode(issue.key.substring(0, dash));
        if (project == null) {
            return java.util.Optional.empty();
        }
        String type = "";
        for (JsonNode issueType : site.metadata().issueTypes()) {
            if (issueType.path("name").asText().equalsIgnoreCase(issue.type)) {
                type = issueType.path("id").asText();
            }
        }
        for (java.util.Iterator<String> names = body.path("fields").fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!fieldSchemes.available(project.path("id").asText(), field, type)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }

    private Response comments(final EmulatedIssue issue, final Map<String, List<String>> query) {
        int start = Integer.valueOf(Answers.first(query, "startAt").isEmpty() ? "0" : Answers.first(query, "startAt"));
        int max = Math.min(
                50,
                Integer.valueOf(
                        Answers.first(query, "maxResults").isEmpty() ? "50" : Answers.first(query, "maxResults")));
        ObjectNode page =
                JSON.objectNode().put("startAt", start).put("maxResults", max).put("total", issue.comments.size());
        ArrayNode comments = page.putArray("comments");
        for (int i = start; i < Math.min(issue.comments.size(), start + max); i++) {
            comments.add(site.userZone().rendered(issue.comments.get(i)));
        }
        return Response.ok(page);
    }

    private Response addComment(final EmulatedIssue issue, final JsonNode body) {
        String id = site.nextId();
        ObjectNode comment =
                JSON.objectNode().put("id", id).put("self", site.uri() + api + "/issue/" + issue.id + "/comment/" + id);
        comment.set("body", body.path("body"));
        comment.put("created", "2026-11-23T10:00:00.000+0000").put("updated", "2026-11-23T10:00:00.000+0000");
        issue.comments.add(comment);
        return new Response(201, comment, Map.of());
    }

    private Response editComment(final EmulatedIssue issue, final String id, final JsonNode body) {
        for (ObjectNode comment : issue.comments) {
            if (comment.path("id").asText().equals(id)) {
                comment.set("body", body.path("body"));
                comment.put("updated", "2026-11-23T11:00:00.000+0000");
                return Response.ok(comment);
            }
        }
        return new Response(404, JiraEmulator.error("no comment " + id), Map.of());
    }

    private JsonNode transitions(final EmulatedIssue issue) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode transitions = answer.putArray("transitions");
        issue.transitions.forEach((id, t) -> {
            ObjectNode to = transitions
                    .addObject()
                    .put("id", id)
                    .put("name", t[0])
                    .putObject("to")
                    .put("name", t[1])
                    .put("id", String.valueOf(Math.abs(t[1].hashCode() % 10000)));
            to.putObject("statusCategory")
                    .put("id", Boolean.parseBoolean(t[2]) ? 3 : 4)
                    .put("key", Boolean.parseBoolean(t[2]) ? "done" : "indeterminate");
        });
        return answer;
    }

    private Response transition(final EmulatedIssue issue, final JsonNode body) {
        String[] t = issue.transitions.get(body.path("transition").path("id").asText());
        if (t == null) {
            return new Response(400, JiraEmulator.error("Transition id is not valid for this issue."), Map.of());
        }
        issue.record("status", issue.status, t[1]);
        issue.status = t[1];
        issue.done = Boolean.parseBoolean(t[2]);
        body.path("fields").properties().forEach(e -> issue.customFields.put(e.getKey(), e.getValue()));
        return Response.empty(204);
    }

    private static List<String> requested(final JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.asText()));
        return names;
    }

    private static List<String> requested(final String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    private static int decodeToken(final String token) {
        return token.isEmpty()
                ? 0
                : Integer.valueOf(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
    }
}
