package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trace62304.jira.Credentials;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraHttp;
import io.trace62304.jira.RetryPolicy;
import io.trace62304.jira.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Jira for tests, Cloud or Data Center: it keeps issues, fields, links, remote links, comments,
 * transitions and history in memory, implements the endpoints the client uses, checks every interaction
 * against the published OpenAPI description ({@link SpecContract}), counts requests per endpoint, and
 * injects faults ({@link Fault}). Shared with other modules as a test-jar.
 */
public final class JiraEmulator implements AutoCloseable {
    /** The 62304 fields the emulator's site has, by name, with their ids. */
    public static final Map<String, String> FIELDS = fields();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // The JDK server otherwise answers small requests through Nagle's algorithm meeting delayed ACKs:
        // about 40 ms a request instead of well under one.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Flavour flavour;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final SpecContract contract;
    private final Map<String, EmulatedIssue> issues = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Rewrite> rewrites = new CopyOnWriteArrayList<>();
    private final Map<Fault, AtomicInteger> remaining = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(10000);
    private final Routes routes;
    private final UserTimeZone userZone = new UserTimeZone();
    private final ApiGateway gateway = new ApiGateway();
    private final EmulatedMetadata metadata;
    private volatile Credentials valid;
    private volatile int pageCap = Integer.MAX_VALUE;
    private volatile boolean administer = true;
    private volatile boolean administerProjects = true;

    /** Short backoffs and a timeout no loaded CI machine reaches by accident, for tests against the emulator. */
    public static final RetryPolicy TEST_POLICY =
            new RetryPolicy(Duration.ofSeconds(10), 4, Duration.ofMillis(100), Duration.ofSeconds(30), 5, () -> 1.0);

    /** The account the site accepts: on Cloud with {@link #TOKEN} as its API token (Basic), on DC none (Bearer PAT). */
    public static final String USER = "gate@example.com";

    /** The Cloud API token or Data Center personal access token the site accepts, for modules that store it. */
    public static final String TOKEN = "emulated-jira-token-1";

    private JiraEmulator(final Flavour flavour, final boolean blank) throws IOException {
        this.flavour = flavour;
        this.contract = SpecContract.of(flavour);
        this.valid = flavour == Flavour.CLOUD
                ? Credentials.basic(USER, Secret.of(TOKEN))
                : Credentials.bearer(Secret.of(TOKEN));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        this.metadata = new EmulatedMetadata(uri().toString(), flavour, blank);
        this.routes = new Routes(this);
    }

    /** A site with the 62304 fields in place, as the gate reads them ({@link #FIELDS}). */
    public static JiraEmulator start(final Flavour flavour) throws IOException {
        return new JiraEmulator(flavour, false);
    }

    /** A site as Jira ships it: no 62304 issue types, fields, link types or statuses, for provisioning. */
    public static JiraEmulator startBlank(final Flavour flavour) throws IOException {
        return new JiraEmulator(flavour, true);
    }

    /** Takes Administer Jira away: configuration reads still work, configuration writes answer 403. */
    public void denyAdminister() {
        administer = false;
    }

    boolean administers() {
        return administer;
    }

    /**
     * The user becomes what a CI account usually is: Browse projects, Edit issues, Add comments and Link issues, but
     * neither Administer Jira nor Administer Projects (so {@code notifyUsers=false} is refused).
     */
    public void plainUser() {
        administer = false;
        administerProjects = false;
    }

    /** Whether the user holds a permission (mypermissions): all but the two administration ones, unless taken away. */
    boolean holds(final String permission) {
        return switch (permission) {
            case "ADMINISTER" -> administer;
            case "ADMINISTER_PROJECTS" -> administerProjects;
            default -> true;
        };
    }

    /** {@code notifyUsers=false} needs Administer Jira or Administer Projects. */
    boolean mayDisableNotifications() {
        return administer || administerProjects;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Flavour flavour() {
        return flavour;
    }

    /** The credentials this site accepts. */
    public Credentials credentials() {
        return valid;
    }

    /** A connection to this site with {@link #TEST_POLICY} that records its waits instead of sleeping them. */
    public JiraHttp http(final JiraHttp.Sleeper sleeper) {
        return new JiraHttp(uri(), valid, HttpClient.newHttpClient(), TEST_POLICY, sleeper, line -> {});
    }

    /** Revokes the accepted credentials: every later request answers 401. */
    public void expireCredentials() {
        valid = Credentials.bearer(Secret.of("revoked-" + System.nanoTime()));
    }

    /**
     * The accepted token becomes a scoped API token (Cloud): it works only through Atlassian's API gateway,
     * {@link #gatewayUri()}; the site's own URL answers 401.
     */
    public void scopedToken() {
        gateway.requireGateway();
    }

    /** This site through Atlassian's API gateway: {@code …/ex/jira/{cloudId}}, served by the emulator itself. */
    public URI gatewayUri() {
        return URI.create(uri() + "/ex/jira/" + ApiGateway.CLOUD_ID);
    }

    /** The site's cloudId, as {@code /_edge/tenant_info} answers it. */
    public String cloudId() {
        return ApiGateway.CLOUD_ID;
    }

    /** The reading user's time zone (Jira renders every date-time in it); UTC unless set. */
    public void userTimeZone(final java.time.ZoneId zone) {
        userZone.set(zone);
    }

    UserTimeZone userZone() {
        return userZone;
    }

    /** Data Center clamps {@code maxResults} to this (as {@code jira.search.views.default.max} does). */
    public void capPageSize(final int cap) {
        this.pageCap = cap;
    }

    public EmulatedIssue issue(final String key, final String type, final String status, final boolean done) {
        EmulatedIssue issue =
                new EmulatedIssue(String.valueOf(ids.incrementAndGet()), key, type, "Summary of " + key, status, done);
        issues.put(key, issue);
        return issue;
    }

    /** Adds a project the metadata endpoints list (issues need none: their keys name their project). */
    public void project(final String key, final String name) {
        metadata.project(key, name);
    }

    /**
     * Moves a Cloud space onto Field Schemes (RFC-105): it uses the site's default field scheme, which has only the
     * system fields, so a custom field can be set on its work items only once a field scheme of the space has it.
     */
    public void useFieldSchemes(final String projectKey) {
        routes.fieldSchemes()
                .useFieldSchemes(metadata.projectNode(projectKey).path("id").asText());
    }

    /** Adds an issue type the site lists; a fresh site has only Jira's own (Bug, Task, Story). */
    public void issueType(final String name) {
        metadata.issueType(name, "");
    }

    /** Adds someone else's sub-task issue type (Cloud hierarchy level -1). */
    public void subtaskIssueType(final String name) {
        metadata.issueType(name, "", true);
    }

    /** Removes one of the site's resolutions (an administrator may delete Jira's defaults). */
    public void removeResolution(final String name) {
        metadata.removeResolution(name);
    }

    /** Adds someone else's custom field (e.g. a name the provisioner must not take over); its id. */
    public String customField(final String name, final String type) {
        return metadata.field(name, type, "").path("id").asText();
    }

    /** Adds a status, as an administrator does by hand on Data Center; category is new, indeterminate or done. */
    public void status(final String name, final String category) {
        metadata.status(name, category, "");
    }

    /** A workflow an administrator imported by hand (Data Center: Import from XML). */
    public void importedWorkflow(final String name) {
        metadata.workflow(name);
    }

    /** An administrator's screen, made in the UI (Data Center cannot create screens over REST); its id. */
    public String screen(final String name, final String description) {
        return routes.screens().screen(name, description);
    }

    /** The administrator switches the project to a workflow scheme in Project settings (Data Center). */
    public void useWorkflowScheme(final String projectKey, final String schemeId) {
        routes.admin().workflowSchemes().use(projectKey, schemeId);
    }

    /** Installs a Forge app's workflow validator, listed among the workflow capabilities (Cloud). */
    public void installForgeValidator(final String extension) {
        routes.workflows().installForgeValidator(extension);
    }

    /** Adds someone else's link type. */
    public void linkType(final String name, final String outward, final String inward) {
        metadata.linkType(name, outward, inward);
    }

    /** A project property as stored, or null. */
    public JsonNode projectProperty(final String projectKey, final String key) {
        return metadata.property(projectKey, key);
    }

    EmulatedMetadata metadata() {
        return metadata;
    }

    public EmulatedIssue issue(final String key) {
        return issues.get(key);
    }

    /** Links two issues as Jira does: the outward issue gets an outward link, the inward one an inward link. */
    public void link(final String type, final String outwardKey, final String inwardKey) {
        String[] phrases = linkPhrases(type);
        ObjectNode kind = JSON.objectNode()
                .put("id", "1000" + Math.abs(type.hashCode() % 9))
                .put("name", type)
                .put("inward", phrases[1])
                .put("outward", phrases[0]);
        String id = String.valueOf(ids.incrementAndGet());
        issues.get(outwardKey).links.add(linkNode(id, kind, "outwardIssue", issues.get(inwardKey)));
        issues.get(inwardKey).links.add(linkNode(id, kind, "inwardIssue", issues.get(outwardKey)));
    }

    public void inject(final Fault fault) {
        faults.add(fault);
        remaining.put(fault, new AtomicInteger(fault.times()));
    }

    /** Changes answers the spec allows but this emulator would not give by itself ({@link Rewrite}). */
    public void rewrite(final Rewrite rewrite) {
        rewrites.add(rewrite);
    }

    /** Requests per endpoint, e.g. {@code POST /rest/api/3/search/jql}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        counts.forEach((endpoint, count) -> snapshot.put(endpoint, count.get()));
        return snapshot;
    }

    public int count(final String endpoint) {
        return counts.getOrDefault(endpoint, new AtomicInteger()).get();
    }

    /** Requests that change something (PUT, DELETE, and POSTs other than searches, bulk reads and validations). */
    public int writes() {
        return counts().entrySet().stream()
                .filter(e -> isWrite(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public void resetCounts() {
        counts.clear();
    }

    /** Every {@code Authorization} header received (to prove where secrets went). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Contract violations so far: requests or answers the OpenAPI description does not allow. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    public boolean validatesContract() {
        return contract.isActive();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    EmulatedIssue find(final String keyOrId) {
        synchronized (issues) {
            EmulatedIssue issue = issues.get(keyOrId);
            if (issue != null) {
                return issue;
            }
            return issues.values().stream()
                    .filter(i -> i.id.equals(keyOrId))
                    .findFirst()
                    .orElse(null);
        }
    }

    List<EmulatedIssue> inProject(final String project) {
        synchronized (issues) {
            return issues.values().stream()
                    .filter(i -> i.key.startsWith(project + "-"))
                    .sorted(Comparator.comparingLong(i -> Long.valueOf(i.key.substring(i.key.lastIndexOf('-') + 1))))
                    .toList();
        }
    }

    /** The keys of a project's issues, in key order. */
    public List<String> inProjectKeys(final String project) {
        return inProject(project).stream().map(i -> i.key).toList();
    }

    int pageCap() {
        return pageCap;
    }

    String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    private void handle(final HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String requested = exchange.getRequestURI().getRawPath();
        boolean viaGateway = ApiGateway.isVia(requested);
        String path = flavour == Flavour.CLOUD ? ApiGateway.strip(requested) : requested;
        if (path == null || flavour == Flavour.CLOUD && ApiGateway.TENANT_INFO.equals(requested)) {
            counts.computeIfAbsent(method + " " + requested, k -> new AtomicInteger())
                    .incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            respond(exchange, path == null ? ApiGateway.unknownSite() : ApiGateway.tenantInfo());
            return;
        }
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        counts.computeIfAbsent(method + " " + Routes.template(path), k -> new AtomicInteger())
                .incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "" : authorization);
        Fault fault = takeFault(method, path);
        try {
            if (fault != null && !fault.delay().isZero()) {
                Thread.sleep(fault.delay().toMillis());
            }
            if (fault != null && fault.status() > 0) {
                respond(
                        exchange,
                        new Response(
                                fault.status(),
                                fault.echo() ? echoing(authorization) : error("injected fault " + fault.status()),
                                fault.headers()));
                return;
            }
            if (fault != null && fault.drop() && !fault.applyFirst()) {
                exchange.close();
                return;
            }
            // serverInfo answers anonymous callers, as Jira does; everything else needs valid credentials
            boolean anonymous = path.endsWith("/serverInfo");
            boolean authenticated = valid.authorization().equals(authorization);
            Response routed = !anonymous && !authenticated
                    ? new Response(
                            401,
                            error("You are not authenticated. Authentication required to perform this " + "operation."),
                            Map.of())
                    : !anonymous && gateway.scopedToken() && !viaGateway
                            ? ApiGateway.siteRefusesScopedToken()
                            : routes.route(method, path, query, parse(requestBody));
            if (fault != null && fault.drop()) {
                exchange.close();
                return;
            }
            Response response = rewritten(method, path, routed);
            String body = response.body() == null ? "" : MAPPER.writeValueAsString(response.body());
            Map<String, String> headers = new LinkedHashMap<>();
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            if (!requestBody.isEmpty()) {
                headers.put("Content-Type", "application/json");
            }
            violations.addAll(contract.check(method, path, query, headers, requestBody, response.status(), body));
            respond(exchange, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            violations.add(method + " " + path + ": emulator error " + e);
            respond(exchange, new Response(500, error("emulator error: " + e), Map.of()));
        }
    }

    private Response rewritten(final String method, final String path, final Response response) {
        if (response.status() >= 300 || response.body() == null || rewrites.isEmpty()) {
            return response;
        }
        JsonNode copy = response.body().deepCopy();
        boolean changed = false;
        for (Rewrite rewrite : rewrites) {
            changed |= rewrite.applyTo(method, path, copy);
        }
        return changed ? new Response(response.status(), copy, response.headers()) : response;
    }

    private Fault takeFault(final String method, final String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path) && remaining.get(fault).getAndDecrement() > 0) {
                return fault;
            }
        }
        return null;
    }

    private static void respond(final HttpExchange exchange, final Response response) throws IOException {
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = MAPPER.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An error body that repeats the credentials received, in every form a site or proxy might echo them. */
    private static ObjectNode echoing(final String authorization) {
        String header = authorization == null ? "" : authorization;
        String encoded = header.replaceFirst("^(Basic|Bearer) ", "");
        String decoded = header.startsWith("Basic ")
                ? new String(java.util.Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)
                : encoded;
        String token = decoded.substring(decoded.indexOf(':') + 1);
        ObjectNode error = JSON.objectNode();
        error.putArray("errorMessages")
                .add("Authorization: " + header + " was refused")
                .add("credentials " + decoded + " are not valid here");
        error.putObject("errors").put("token", token).put("encoded", encoded);
        error.put("message", "Bearer or Basic " + encoded + " / " + token);
        return error;
    }

    static ObjectNode error(final String message) {
        ObjectNode error = JSON.objectNode();
        error.putArray("errorMessages").add(message);
        error.putObject("errors");
        return error;
    }

    private static JsonNode parse(final String body) throws IOException {
        return body.isBlank() ? null : MAPPER.readTree(body);
    }

    private static Map<String, List<String>> query(final String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static boolean isWrite(final String endpoint) {
        return !endpoint.startsWith("GET ")
                && !endpoint.endsWith("/search/jql")
                && !endpoint.endsWith("/api/2/search")
                && !endpoint.endsWith("/changelog/bulkfetch")
                && !endpoint.endsWith("/issue/bulkfetch")
                && !endpoint.endsWith("/api/3/workflows")
                && !endpoint.endsWith("/workflows/create/validation")
                && !endpoint.endsWith("/workflows/update/validation");
    }

    private static ObjectNode linkNode(
            final String id, final ObjectNode type, final String side, final EmulatedIssue other) {
        ObjectNode link = JSON.objectNode().put("id", id);
        link.set("type", type);
        link.putObject(side).put("id", other.id).put("key", other.key);
        return link;
    }

    static String[] linkPhrases(final String type) {
        return switch (type) {
            case "Verifies" -> new String[] {"verifies", "is verified by"};
            case "Mitigates" -> new String[] {"mitigates", "is mitigated by"};
            case "Implements" -> new String[] {"implements", "is implemented by"};
            case "Uses SOUP" -> new String[] {"uses SOUP", "is used by"};
            default ->
                new String[] {
                    type.toLowerCase(java.util.Locale.ROOT), "is " + type.toLowerCase(java.util.Locale.ROOT) + " by"
                };
        };
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] names = {
            "Safety Class",
            "Problem Type",
            "Criticality",
            "Found In Build",
            "Fixed In Build",
            "Root Cause",
            "Risk Evaluation",
            "Verification Evidence",
            "Deferral Justification",
            "SOUP Manufacturer",
            "SOUP Version",
            "Package URL",
            "SOUP License",
            "Anomaly List Reviewed",
            "Vulnerability Assessment",
            "Anomaly List Reviewed For Version"
        };
        for (int i = 0; i < names.length; i++) {
            fields.put(names[i], "customfield_" + (10100 + i));
        }
        return Collections.unmodifiableMap(fields);
    }

    /** An answer: status, JSON body or none, headers. */
    record Response(int status, JsonNode body, Map<String, String> headers) {
        static Response ok(final JsonNode body) {
            return new Response(200, body, Map.of());
        }

        static Response empty(final int status) {
            return new Response(status, null, Map.of());
        }
    }
}
