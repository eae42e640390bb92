package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.itemfile.JiraValues;
import io.trace62304.jira.JiraException.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations Trace62304 needs, for Cloud and Data Center alike: paged search, fields by name, changelogs,
 * and writes that are idempotent (remote links by globalId, comments by marker, field edits and transitions
 * that skip what is already so, issue links that are not added twice).
 */
public final class JiraClient {
    /** Issues per search page we ask for; Data Center may clamp it, and the client follows what it returns. */
    public static final int PAGE_SIZE = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JiraHttp http;
    private final Flavour flavour;
    private final int pageSize;

    public JiraClient(final JiraHttp http, final Flavour flavour, final int pageSize) {
        this.http = http;
        this.flavour = flavour;
        this.pageSize = pageSize;
    }

    /** Connects and detects Cloud or Data Center from {@code serverInfo.deploymentType}. */
    public static JiraClient connect(final JiraHttp http) throws JiraException {
        JsonNode info = http.send(JiraRequest.get("/rest/api/2/serverInfo"));
        if (!info.isObject()) {
            throw new JiraException(
                    Kind.PROTOCOL, "GET /rest/api/2/serverInfo", 200, List.of("no server information"), null);
        }
        return new JiraClient(
                http, Flavour.ofDeploymentType(info.path("deploymentType").asText("")), PAGE_SIZE);
    }

    public Flavour flavour() {
        return flavour;
    }

    /** The configuration calls of this site (they need Administer Jira). */
    public JiraAdmin admin() {
        return new JiraAdmin(http, flavour);
    }

    public String site() {
        return http.site().toString();
    }

    public JsonNode serverInfo() throws JiraException {
        return http.send(JiraRequest.get(flavour.api() + "/serverInfo"));
    }

    /** The user the credentials belong to (also the cheapest check that they work). */
    public JsonNode myself() throws JiraException {
        return http.send(JiraRequest.get(flavour.api() + "/myself"));
    }

    /**
     * Whether the user holds each permission in a project, e.g. BROWSE_PROJECTS, ADD_COMMENTS, EDIT_ISSUES; a key the
     * answer lacks is not held. The query is each flavour's documented one ({@link #myPermissions}).
     */
    public Map<String, Boolean> permissions(final String projectKey, final List<String> keys) throws JiraException {
        JsonNode answer = http.send(myPermissions(flavour, "projectKey=" + encode(projectKey), keys));
        Map<String, Boolean> held = new LinkedHashMap<>();
        for (String key : keys) {
            held.put(
                    key,
                    answer.path("permissions").path(key).path("havePermission").asBoolean(false));
        }
        return held;
    }

    /**
     * {@code GET mypermissions} as each flavour documents it: Cloud requires {@code permissions=KEY,…} (since
     * 2019-02-01); Data Center's description has no such parameter and answers every permission (issue 16, defect 7),
     * so there only the scope is sent.
     *
     * @param scope the scope query ({@code projectKey=…}), or empty for global permissions
     */
    static JiraRequest myPermissions(final Flavour flavour, final String scope, final List<String> keys) {
        List<String> query = new java.util.ArrayList<>();
        if (!scope.isEmpty()) {
            query.add(scope);
        }
        if (flavour == Flavour.CLOUD) {
            query.add("permissions=" + encode(String.join(",", keys)));
        }
        return JiraRequest.get(
                flavour.api() + "/mypermissions" + (query.isEmpty() ? "" : "?" + String.join("&", query)));
    }

    /** The site's issue types (id, name, description, subtask), as Jira lists them. */
    public List<JsonNode> issueTypes() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/issuetype")));
    }

    /** The site's issue link types (id, name, inward and outward phrases). */
    public List<JsonNode> linkTypes() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/issueLinkType")).path("issueLinkTypes"));
    }

    /** The statuses visible to the user (id, name, status category). */
    public List<JsonNode> statuses() throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/status")));
    }

    /** A project's metadata (id, key, name, issue types), or empty when it does not exist or is not visible. */
    public Optional<JsonNode> project(final String key) throws JiraException {
        return http.sendAllowing404(JiraRequest.get(flavour.api() + "/project/" + encode(key)));
    }

    /** Field ids by the canonical names asked for; a name the site lacks is left out, two fields of one name fail. */
    public Map<String, String> fieldIds(final Collection<String> names) throws JiraException {
        JsonNode fields = http.send(JiraRequest.get(flavour.api() + "/field"));
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode field : fields) {
            String name = field.path("name").asText();
            for (String wanted : names) {
                if (wanted.equalsIgnoreCase(name)) {
                    String earlier = ids.putIfAbsent(wanted, field.path("id").asText());
                    if (earlier != null) {
                        throw new JiraException(
                                Kind.BAD_REQUEST,
                                "GET " + flavour.api() + "/field",
                                200,
                                List.of("two fields are named '" + wanted + "' (" + earlier + ", "
                                        + field.path("id").asText()
                                        + "); rename one so Trace62304 reads the right one"),
                                null);
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Every issue the JQL finds, with only the given fields and their names; one request per page. A search
     * that cannot be read completely fails ({@link JiraSearch}), so the gate never decides on part of its scope.
     */
    public SearchResult search(final String jql, final List<String> fields) throws JiraException {
        JiraSearch search = new JiraSearch(http, pageSize);
        return flavour == Flavour.CLOUD ? search.cloud(jql, fields) : search.dataCenter(jql, fields);
    }

    /** One issue with the given fields (e.g. {@code issuelinks}). */
    public JsonNode issue(final String key, final List<String> fields) throws JiraException {
        return http.send(JiraRequest.get(
                flavour.api() + "/issue/" + encode(key) + "?fields=" + encode(String.join(",", fields))));
    }

    /**
     * The change history of issues, oldest first: Cloud's bulk fetch, or one request per issue on Data Center;
     * a history that cannot be read completely fails ({@link JiraChangelogs}).
     */
    public Map<String, List<JsonNode>> changelogs(final List<String> keys, final List<String> fieldIds)
            throws JiraException {
        JiraChangelogs changelogs = new JiraChangelogs(http);
        return flavour == Flavour.DATA_CENTER ? changelogs.dataCenter(keys) : changelogs.cloud(keys, fieldIds);
    }

    /** Creates or updates the remote link with this globalId; writes nothing when Jira already holds it. */
    public WriteOutcome upsertRemoteLink(final String key, final RemoteLink link) throws JiraException {
        Optional<JsonNode> stored = remoteLink(key, link.globalId());
        if (stored.isPresent() && link.matches(stored.get())) {
            return WriteOutcome.UNCHANGED;
        }
        postRemoteLink(key, link);
        return stored.isPresent() ? WriteOutcome.UPDATED : WriteOutcome.CREATED;
    }

    /** Creates the remote link, or updates the one with its globalId (Jira's upsert), without reading first. */
    public void postRemoteLink(final String key, final RemoteLink link) throws JiraException {
        http.send(JiraRequest.idempotentPost(remoteLinkPath(key), link.toJson()));
    }

    /** The issue's remote link with this globalId, if it has one. */
    public Optional<JsonNode> remoteLink(final String key, final String globalId) throws JiraException {
        return http.sendAllowing404(JiraRequest.get(remoteLinkPath(key) + "?globalId=" + encode(globalId)))
                .map(found -> found.isArray() ? (found.isEmpty() ? null : found.get(0)) : found)
                .filter(found -> found != null && found.isObject() && found.has("globalId"));
    }

    /** Rewrites the remote link with this Jira id, globalId included (e.g. to move it to a new globalId). */
    public void replaceRemoteLink(final String key, final String linkId, final RemoteLink link) throws JiraException {
        http.send(JiraRequest.put(remoteLinkPath(key) + "/" + encode(linkId), link.toJson()));
    }

    private String remoteLinkPath(final String key) {
        return flavour.api() + "/issue/" + encode(key) + "/remotelink";
    }

    /** Every remote link of an issue (builds, baselines, documents), as Jira keeps them. */
    public List<JsonNode> remoteLinks(final String key) throws JiraException {
        return list(http.send(JiraRequest.get(flavour.api() + "/issue/" + encode(key) + "/remotelink")));
    }

    /** Every comment of an issue, all pages. */
    public List<JsonNode> comments(final String key) throws JiraException {
        List<JsonNode> comments = new ArrayList<>();
        long total;
        do {
            JsonNode page = http.send(JiraRequest.get(flavour.api() + "/issue/" + encode(key) + "/comment?startAt="
                    + comments.size() + "&maxResults=100"));
            page.path("comments").forEach(comments::add);
            total = page.path("total").asLong(comments.size());
            if (page.path("comments").isEmpty()) {
                break;
            }
        } while (comments.size() < total);
        return comments;
    }

    /**
     * Makes sure the issue has exactly one comment carrying {@code marker}, with this text: edits it if it
     * differs, adds it if there is none. A create whose answer was lost is checked before it is sent again, so
     * a dropped connection never leaves two comments.
     */
    public WriteOutcome upsertComment(final String key, final String marker, final String text) throws JiraException {
        return upsertComment(key, marker, text, marker);
    }

    /**
     * Like {@link #upsertComment(String, String, String)}, also taking over a comment that carries {@code former}
     * (a marker an earlier version wrote), which is then edited to carry {@code marker}.
     */
    public WriteOutcome upsertComment(final String key, final String marker, final String text, final String former)
            throws JiraException {
        String wanted = marker + "\n" + text;
        Optional<JsonNode> existing = findComment(key, marker, former);
        if (existing.isPresent()) {
            if (JiraValues.text(existing.get().path("body")).strip().equals(wanted.strip())) {
                return WriteOutcome.UNCHANGED;
            }
            http.send(JiraRequest.put(
                    flavour.api() + "/issue/" + encode(key) + "/comment/"
                            + encode(existing.get().path("id").asText()),
                    commentBody(wanted)));
            return WriteOutcome.UPDATED;
        }
        try {
            http.send(JiraRequest.post(flavour.api() + "/issue/" + encode(key) + "/comment", commentBody(wanted)));
        } catch (JiraException e) {
            if (e.kind() != Kind.CONNECTION && e.kind() != Kind.TIMEOUT) {
                throw e;
            }
            if (findComment(key, marker, marker).isEmpty()) {
                http.send(JiraRequest.post(flavour.api() + "/issue/" + encode(key) + "/comment", commentBody(wanted)));
            }
        }
        return WriteOutcome.CREATED;
    }

    /** The comment carrying {@code marker}, else the one carrying {@code former}; one listing of the comments. */
    private Optional<JsonNode> findComment(final String key, final String marker, final String former)
            throws JiraException {
        List<JsonNode> all = comments(key);
        for (String wanted : List.of(marker, former)) {
            for (JsonNode comment : all) {
                if (JiraValues.text(comment.path("body")).contains(wanted)) {
                    return Optional.of(comment);
                }
            }
        }
        return Optional.empty();
    }

    /** Sets a text field unless it already holds the value ({@code current} as read with the issue); notifies. */
    public WriteOutcome setField(final String key, final String fieldId, final String value, final String current)
            throws JiraException {
        return setField(key, fieldId, value, current, false);
    }

    /**
     * Sets a text field unless it already holds the value. {@code quietly} sends {@code notifyUsers=false}, which
     * needs Administer Projects or Administer Jira (a plain user is refused with 403): pass it only when
     * {@link #permissions} has shown one of them.
     */
    public WriteOutcome setField(
            final String key, final String fieldId, final String value, final String current, final boolean quietly)
            throws JiraException {
        if (value.equals(current)) {
            return WriteOutcome.UNCHANGED;
        }
        ObjectNode body = JSON.objectNode();
        body.putObject("fields").put(fieldId, value);
        http.send(
                JiraRequest.put(flavour.api() + "/issue/" + encode(key) + (quietly ? "?notifyUsers=false" : ""), body));
        return WriteOutcome.UPDATED;
    }

    /** The issue properties of these issues, read in bulk where Jira can ({@link JiraIssueProperties}). */
    public JiraIssueProperties issueProperties() {
        return new JiraIssueProperties(http, flavour);
    }

    /** Moves an issue by transition name unless it is already in the transition's target status. */
    public WriteOutcome transition(
            final String key, final String name, final String currentStatus, final JsonNode fields)
            throws JiraException {
        String path = flavour.api() + "/issue/" + encode(key) + "/transitions";
        JsonNode transitions = http.send(JiraRequest.get(path)).path("transitions");
        for (JsonNode transition : transitions) {
            if (name.equalsIgnoreCase(transition.path("name").asText())) {
                if (transition.path("to").path("name").asText().equalsIgnoreCase(currentStatus)) {
                    return WriteOutcome.UNCHANGED;
                }
                ObjectNode body = JSON.objectNode();
                body.putObject("transition").put("id", transition.path("id").asText());
                if (fields != null && fields.size() > 0) {
                    body.set("fields", fields);
                }
                http.send(JiraRequest.post(path, body));
                return WriteOutcome.UPDATED;
            }
        }
        throw new JiraException(
                Kind.BAD_REQUEST,
                "GET " + path,
                200,
                List.of("no transition named '" + name + "' is available from status '" + currentStatus + "'"),
                null);
    }

    /**
     * Creates an issue (not idempotent: the caller records its key at once).
     *
     * @return the new issue's key
     */
    public String createIssue(
            final String projectKey,
            final String issueType,
            final String summary,
            final String description,
            final List<String> labels)
            throws JiraException {
        ObjectNode body = JSON.objectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", projectKey);
        fields.putObject("issuetype").put("name", issueType);
        fields.put("summary", summary);
        fields.set("description", text(description));
        fields.set("labels", array(labels));
        String path = flavour.api() + "/issue";
        String key = http.send(JiraRequest.post(path, body)).path("key").asText("");
        if (key.isEmpty()) {
            throw protocol("POST " + path, "the answer names no key of the created issue");
        }
        return key;
    }

    /** Rewrites an issue's summary and description (watchers are notified, as for any edit). */
    public void editIssue(final String key, final String summary, final String description) throws JiraException {
        ObjectNode body = JSON.objectNode();
        ObjectNode fields = body.putObject("fields");
        fields.put("summary", summary);
        fields.set("description", text(description));
        http.send(JiraRequest.put(flavour.api() + "/issue/" + encode(key), body));
    }

    /** Links {@code outward} --type--> {@code inward} unless the outward issue already has that link. */
    public WriteOutcome link(final String type, final String outwardKey, final String inwardKey) throws JiraException {
        JsonNode issue =
                http.send(JiraRequest.get(flavour.api() + "/issue/" + encode(outwardKey) + "?fields=issuelinks"));
        for (JsonNode link : issue.path("fields").path("issuelinks")) {
            if (type.equalsIgnoreCase(link.path("type").path("name").asText())
                    && inwardKey.equals(link.path("outwardIssue").path("key").asText())) {
                return WriteOutcome.UNCHANGED;
            }
        }
        ObjectNode body = JSON.objectNode();
        body.putObject("type").put("name", type);
        body.putObject("inwardIssue").put("key", inwardKey);
        body.putObject("outwardIssue").put("key", outwardKey);
        http.send(JiraRequest.post(flavour.api() + "/issueLink", body));
        return WriteOutcome.CREATED;
    }

    private JsonNode commentBody(final String text) {
        return JSON.objectNode().set("body", text(text));
    }

    /** Rich text as the API takes it: a string on Data Center, an Atlassian Document (one paragraph a line) on Cloud. */
    private JsonNode text(final String text) {
        if (flavour == Flavour.DATA_CENTER) {
            return JSON.textNode(text);
        }
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (String line : text.split("\n")) {
            ObjectNode paragraph = content.addObject().put("type", "paragraph");
            if (!line.isEmpty()) {
                paragraph.putArray("content").addObject().put("type", "text").put("text", line);
            }
        }
        return doc;
    }

    static List<JsonNode> list(final JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static ArrayNode array(final Collection<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static JiraException protocol(final String request, final String message) {
        return new JiraException(Kind.PROTOCOL, request, 200, List.of(message), null);
    }

    static String encode(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
