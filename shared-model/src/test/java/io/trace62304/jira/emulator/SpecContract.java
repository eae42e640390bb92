package io.trace62304.jira.emulator;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.trace62304.jira.Flavour;
import io.trace62304.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every request the client sends and every answer the emulator gives against Atlassian's published
 * OpenAPI descriptions in {@code ../shared/fixtures/jira-openapi/}: the Cloud platform v3 spec, and the Jira
 * Software Data Center 11.3 spec (paths relative to {@code /rest}). Without the corpus (a plain clone),
 * validation is skipped with a printed message; under CI a missing spec fails.
 */
public final class SpecContract {
    static final String CLOUD_SPEC = "jira-openapi/dichovsky__jira-platform-v3.json";
    static final String DC_SPEC = "jira-openapi/zaimokuza__jira-software-dc-11.3.8-openapi.json";

    private static final Map<Flavour, Optional<OpenApiInteractionValidator>> VALIDATORS = new EnumMap<>(Flavour.class);

    private final Optional<OpenApiInteractionValidator> validator;
    private final Flavour flavour;

    private SpecContract(final Flavour flavour, final Optional<OpenApiInteractionValidator> validator) {
        this.flavour = flavour;
        this.validator = validator;
    }

    public static synchronized SpecContract of(final Flavour flavour) {
        return new SpecContract(flavour, VALIDATORS.computeIfAbsent(flavour, SpecContract::load));
    }

    public boolean isActive() {
        return validator.isPresent();
    }

    /** The problems of one interaction, each naming the request and the spec's message. */
    public List<String> check(
            final String method,
            final String path,
            final Map<String, List<String>> query,
            final Map<String, String> headers,
            final String requestBody,
            final int status,
            final String responseBody) {
        if (validator.isEmpty()) {
            return List.of();
        }
        String specPath = flavour == Flavour.CLOUD
                ? path.replaceFirst("^/rest/api/2/serverInfo$", "/rest/api/3/serverInfo")
                : path;
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), specPath);
        query.forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withContentType("application/json").withBody(responseBody);
        }
        ValidationReport report = validator.get().validate(request.build(), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> method + " " + path + " -> " + status + ": [" + m.getKey() + "] " + m.getMessage())
                .toList();
    }

    private static Optional<OpenApiInteractionValidator> load(final Flavour flavour) {
        Optional<Path> corpus = SharedCorpus.find();
        if (corpus.isEmpty()) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("the Jira OpenAPI specs in ../shared/fixtures are required under CI");
            }
            System.out.println("SKIPPED: Jira OpenAPI contract validation (no ../shared/fixtures/jira-openapi beside "
                    + "this checkout); the emulator's behaviour tests still run");
            return Optional.empty();
        }
        Path spec = corpus.get().resolve(flavour == Flavour.CLOUD ? CLOUD_SPEC : DC_SPEC);
        OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createFor(parse(spec))
                .withWhitelist(flavour == Flavour.CLOUD ? cloudAllowances() : dataCenterAllowances())
                // a query parameter the description does not have is an error, not ignored (the validator's
                // default): Data Center ignores an unknown parameter, so a filter it lacks would only seem to work
                // (issue 16, defect 7: mypermissions?permissions=… on Data Center)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build());
        if (flavour == Flavour.DATA_CENTER) {
            builder.withBasePathOverride("/rest");
        }
        OpenApiInteractionValidator validator = builder.build();
        // the validator builds each operation's schemas on first use, which can take longer than a test's short
        // client timeout on a loaded machine; serverInfo is every connection's first request, so warm it up here
        validator.validate(
                new SimpleRequest.Builder(
                                Request.Method.GET, "/rest/api/" + (flavour == Flavour.CLOUD ? 3 : 2) + "/serverInfo")
                        .build(),
                SimpleResponse.Builder.status(200)
                        .withContentType("application/json")
                        .withBody("{\"baseUrl\":\"http://localhost\",\"version\":\"1\"}")
                        .build());
        return Optional.of(validator);
    }

    /**
     * Parses a spec, allowing only the parse messages of its known defects: the Data Center spec repeats eight
     * operationIds (shared/fixtures/SOURCES.md), which do not affect matching by method and path. Any other
     * message fails, so a broken or different spec is noticed.
     */
    private static OpenAPI parse(final Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
        List<String> unexpected = result.getMessages() == null
                ? List.of()
                : result.getMessages().stream()
                        .filter(message -> !message.endsWith(".operationId is repeated"))
                        .toList();
        if (result.getOpenAPI() == null || !unexpected.isEmpty()) {
            throw new AssertionError("cannot use the OpenAPI description " + spec + ": " + unexpected);
        }
        return result.getOpenAPI();
    }

    /**
     * Gaps of the Cloud spec in the operations used: it declares error answers without content (Jira sends its
     * {@code ErrorCollection} JSON), and declares {@code application/json {}} on answers Jira sends without a body
     * (204 of edit and transition, 201 of issueLink).
     */
    private static ValidationErrorsWhitelist cloudAllowances() {
        return ValidationErrorsWhitelist.create()
                .withRule(
                        "Cloud spec: error answers declared without content",
                        allOf(
                                isResponse(),
                                responseStatusTypeIs(StatusType.CLIENT_ERROR),
                                messageHasKey("validation.response.body.unexpected")))
                .withRule(
                        "Cloud spec: empty 204/201 answers declared with an empty JSON schema",
                        allOf(
                                isResponse(),
                                messageHasKey("validation.response.body.missing"),
                                anyOf(
                                        responseStatusIs(204),
                                        allOf(responseStatusIs(201), pathContainsRegexp("/rest/api/3/issueLink$")),
                                        allOf(
                                                anyOf(responseStatusIs(200), responseStatusIs(201)),
                                                pathContainsRegexp("/rest/api/3/issue/[^/]+/properties/[^/]+$")))));
    }

    /**
     * The known defects of Atlassian's generated Data Center spec (shared/fixtures/SOURCES.md), each allowed
     * narrowly: only that message, only on that path, only in that direction.
     */
    private static ValidationErrorsWhitelist dataCenterAllowances() {
        return ValidationErrorsWhitelist.create()
                // GET /api/2/field, /issuetype, /status, /resolution, an issue's /remotelink (without globalId), an
                // issue type
                // scheme's /associations, a screen's /tabs and a tab's /fields answer lists; the spec declares one
                // bean each.
                .withRule(
                        "DC spec: list endpoints declared as one bean",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/(field|issuetype|status|resolution|issue/[^/]+/remotelink"
                                        + "|issuetypescheme/[^/]+/associations|screens/[^/]+/tabs(/[^/]+/fields)?)$"),
                                messageHasKey("validation.response.body.schema.type"),
                                messageContainsSubstring("Instance type (array)")))
                // IssueBean.fields.additionalProperties is typed object; real values are strings, numbers, arrays,
                // null.
                .withRule(
                        "DC spec: issue field values typed as object",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/(search|issue/[^/]+)$"),
                                messageHasKey("validation.response.body.schema.type"),
                                messageContainsSubstring("/fields/")))
                // IssueUpdateBean.fields is typed object too: a text field's new value is a string (an edit, and a
                // create, whose body is the same bean).
                .withRule(
                        "DC spec: edited or created field values typed as object",
                        allOf(
                                isRequest(),
                                pathContainsRegexp("/api/2/issue(/[^/]+)?$"),
                                messageHasKey("validation.request.body.schema.type"),
                                messageContainsSubstring("/fields/")))
                // PermissionJsonBean omits havePermission, although the spec's own example carries it.
                .withRule(
                        "DC spec: havePermission missing from PermissionJsonBean",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/mypermissions$"),
                                messageHasKey("validation.response.body.schema.additionalProperties"),
                                messageContainsSubstring("havePermission")))
                // Error answers are declared without content; Jira sends its ErrorCollection JSON.
                .withRule(
                        "DC spec: error answers declared without content",
                        allOf(
                                isResponse(),
                                responseStatusTypeIs(StatusType.CLIENT_ERROR),
                                messageHasKey("validation.response.body.unexpected")))
                // GET /workflow answers the list of workflows; the spec declares no content.
                .withRule(
                        "DC spec: /workflow list declared without content",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/workflow$"),
                                responseStatusIs(200),
                                messageHasKey("validation.response.body.unexpected")))
                // POST /issuetype, /issueLinkType and /workflowscheme answer the created bean; the spec declares
                // 201 without content.
                .withRule(
                        "DC spec: created issue type, link type and workflow scheme declared without content",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/(issuetype|issueLinkType|workflowscheme)$"),
                                responseStatusIs(201),
                                messageHasKey("validation.response.body.unexpected")))
                // GET /screens declares only a 201 without content (a copy of addToDefault's); Jira answers 200 with
                // the screens.
                .withRule(
                        "DC spec: GET /screens declared as 201 without content",
                        allOf(isResponse(), pathContainsRegexp("/api/2/screens$"), responseStatusIs(200)))
                // A property's value is any JSON; the spec declares the PUT body as PropertyBean and the value
                // read back as a string.
                .withRule(
                        "DC spec: property values are JSON, declared as PropertyBean / string",
                        allOf(
                                pathContainsRegexp("/api/2/(project|issue)/[^/]+/properties/[^/]+$"),
                                anyOf(
                                        allOf(
                                                isRequest(),
                                                anyOf(
                                                        messageHasKey(
                                                                "validation.request.body.schema.additionalProperties"),
                                                        messageHasKey("validation.request.body.schema.type"))),
                                        allOf(
                                                isResponse(),
                                                messageHasKey("validation.response.body.schema.type"),
                                                messageContainsSubstring("/value")))))
                // An issue's properties (?properties=…) are a map of property key to JSON value; the spec declares
                // PropertiesBean, a map of strings under a second "properties".
                .withRule(
                        "DC spec: issue properties declared as PropertiesBean",
                        allOf(
                                isResponse(),
                                pathContainsRegexp("/api/2/issue/[^/]+$"),
                                messageHasKey("validation.response.body.schema.additionalProperties"),
                                messageContainsSubstring("/properties")))
                // The spec declares only HTTP Basic; Data Center personal access tokens are sent as Bearer.
                .withRule(
                        "DC spec: PAT sent as Bearer",
                        allOf(isRequest(), messageHasKey("validation.request.security.invalid")));
    }
}
