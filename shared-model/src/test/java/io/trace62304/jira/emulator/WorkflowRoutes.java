package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira Cloud's workflow configuration: the bulk workflow API (read by name, validate, create) with the checks
 * Jira makes (statuses referenced, one initial transition, known rule keys and fields), and the workflow and issue
 * type schemes with their project associations.
 */
final class WorkflowRoutes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> RULE_KEYS = Set.of("system:validate-field-value", "forge:expression-validator");
    private static final Set<String> COMPARATORS = Set.of(">", ">=", "=", "<=", "<", "!=");
    private static final Set<String> COMPARISONS = Set.of("STRING", "NUMBER", "DATE", "DATE_WITHOUT_TIME", "OPTIONID");
    private static final String API = "/rest/api/3";

    private final JiraEmulator site;
    private final Map<String, ObjectNode> workflows = new LinkedHashMap<>();
    private final Map<String, ObjectNode> workflowSchemes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> issueTypeSchemes = new LinkedHashMap<>();
    private final Map<String, String> projectWorkflowScheme = new LinkedHashMap<>();
    private final Map<String, String> projectIssueTypeScheme = new LinkedHashMap<>();
    private final List<String> forgeValidators = new ArrayList<>();
    private int ids = 20000;

    WorkflowRoutes(final JiraEmulator site) {
        this.site = site;
    }

    /** The answer, or null when the request is not one of these endpoints. */
    synchronized Response route(
            final String method, final String path, final Map<String, List<String>> query, final JsonNode body) {
        if (site.flavour() != Flavour.CLOUD
                || !path.startsWith(API + "/workflow") && !path.startsWith(API + "/issuetypescheme")) {
            return null;
        }
        String endpoint = method + " " + path.substring(API.length());
        return switch (endpoint) {
            case "POST /workflows" -> Response.ok(read(body));
            case "GET /workflows/capabilities" -> Response.ok(capabilities());
            case "POST /workflows/create/validation" -> Response.ok(errors(body.path("payload")));
            case "POST /workflows/create" -> create(body);
            case "POST /workflows/update/validation" -> Response.ok(updateErrors(body.path("payload")));
            case "POST /workflows/update" -> update(body);
            case "GET /workflowscheme" -> Response.ok(Answers.page(workflowSchemes.values()));
            case "POST /workflowscheme" -> Answers.administered(site, () -> Answers.created(workflowScheme(body)));
            case "GET /workflowscheme/project" -> Response.ok(workflowSchemeOf(Answers.first(query, "projectId")));
            case "PUT /workflowscheme/project" ->
                Answers.administered(
                        site, () -> associate(projectWorkflowScheme, workflowSchemes, body, "workflowSchemeId"));
            case "GET /issuetypescheme" -> Response.ok(Answers.page(issueTypeSchemes.values()));
            case "POST /issuetypescheme" ->
                Answers.administered(site, () -> {
                    String refusal = site.metadata().issueTypeSchemeRefusal(body);
                    return refusal != null
                            ? new Response(400, JiraEmulator.error(refusal), Map.of())
                            : Answers.created(issueTypeScheme(body));
                });
            case "GET /issuetypescheme/project" -> Response.ok(issueTypeSchemeOf(Answers.first(query, "projectId")));
            case "PUT /issuetypescheme/project" ->
                Answers.administered(
                        site, () -> associate(projectIssueTypeScheme, issueTypeSchemes, body, "issueTypeSchemeId"));
            default -> null;
        };
    }

    private JsonNode read(final JsonNode body) {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("statuses");
        ArrayNode found = answer.putArray("workflows");
        body.path("workflowNames").forEach(name -> {
            if (workflows.containsKey(name.asText())) {
                found.add(workflows.get(name.asText()));
            }
        });
        return answer;
    }

    private Response create(final JsonNode body) {
        Response refusal = refusal(errors(body));
        if (refusal != null) {
            return refusal;
        }
        ObjectNode answer = JSON.objectNode();
        answer.putArray("statuses");
        ArrayNode created = answer.putArray("workflows");
        for (JsonNode wanted : body.path("workflows")) {
            ObjectNode workflow = JSON.objectNode()
                    .put("id", "wf-" + (++ids))
                    .put("name", wanted.path("name").asText())
                    .put("description", wanted.path("description").asText(""))
                    .put("isEditable", true);
            workflow.putObject("scope").put("type", "GLOBAL");
            workflow.putObject("version").put("id", "v-" + ids).put("versionNumber", 0);
            store(workflow, wanted);
            workflows.put(workflow.path("name").asText(), workflow);
            created.add(workflow);
        }
        return Response.ok(answer);
    }

    private Response update(final JsonNode body) {
        Response refusal = refusal(updateErrors(body));
        if (refusal != null) {
            return refusal;
        }
        ObjectNode answer = JSON.objectNode();
        answer.putArray("statuses");
        ArrayNode updated = answer.putArray("workflows");
        for (JsonNode wanted : body.path("workflows")) {
            ObjectNode workflow = byId(wanted.path("id").asText());
            workflow.put(
                    "description",
                    wanted.path("description")
                            .asText(workflow.path("description").asText()));
            store(workflow, wanted);
            ObjectNode version = (ObjectNode) workflow.path("version");
            version.put("versionNumber", version.path("versionNumber").asInt() + 1);
            updated.add(workflow);
        }
        return Response.ok(answer);
    }

    /** 403 without Administer Jira, 400 with the first validation error, or null when the write may go ahead. */
    private Response refusal(final JsonNode validation) {
        if (!site.administers()) {
            return new Response(403, JiraEmulator.error("You must have global administrator rights."), Map.of());
        }
        JsonNode problems = validation.path("errors");
        return problems.isEmpty()
                ? null
                : new Response(
                        400, JiraEmulator.error(problems.get(0).path("message").asText()), Map.of());
    }

    /** Keeps a workflow's statuses and transitions as Jira answers them. */
    private static void store(final ObjectNode workflow, final JsonNode wanted) {
        ArrayNode statuses = workflow.putArray("statuses");
        wanted.path("statuses")
                .forEach(s -> statuses.addObject()
                        .put("statusReference", s.path("statusReference").asText())
                        .put("deprecated", false)
                        .putObject("properties"));
        workflow.set("transitions", wanted.path("transitions").deepCopy());
    }

    /** What Jira reports for an update: unknown workflows, stale versions, and the checks of a create. */
    private JsonNode updateErrors(final JsonNode request) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode errors = answer.putArray("errors");
        java.util.Set<String> known = new java.util.HashSet<>();
        request.path("statuses")
                .forEach(s -> known.add(s.path("statusReference").asText()));
        for (JsonNode wanted : request.path("workflows")) {
            ObjectNode current = byId(wanted.path("id").asText());
            if (current == null) {
                error(
                        errors,
                        "WORKFLOW",
                        "No workflow with id '" + wanted.path("id").asText() + "'.");
                continue;
            }
            if (current.path("version").path("versionNumber").asInt()
                    != wanted.path("version").path("versionNumber").asInt(-1)) {
                error(
                        errors,
                        "WORKFLOW",
                        "Workflow '" + current.path("name").asText() + "' was changed since it was "
                                + "read (version conflict).");
            }
            java.util.Set<String> used = new java.util.HashSet<>();
            wanted.path("statuses")
                    .forEach(s -> used.add(s.path("statusReference").asText()));
            if (!known.containsAll(used)) {
                error(
                        errors,
                        "STATUS",
                        "Workflow '" + current.path("name").asText() + "' uses a status that is not in "
                                + "the request.");
            }
            wanted.path("transitions")
                    .forEach(t -> transition(errors, current.path("name").asText(), t, used));
        }
        return answer;
    }

    /** An installed Forge app's workflow validator, by extension ARI. */
    synchronized void installForgeValidator(final String extension) {
        forgeValidators.add(extension);
    }

    /** The rules a workflow may use: the built-in ones the app uses, and the installed Forge validators. */
    private JsonNode capabilities() {
        ObjectNode answer = JSON.objectNode().put("editorScope", "GLOBAL");
        answer.putArray("projectTypes").add("software");
        ArrayNode system = answer.putArray("systemRules");
        for (String[] rule : new String[][] {
            {"system:validate-field-value", "Validator"},
            {"system:check-field-value", "Condition"},
            {"system:separation-of-duties", "Condition"},
            {"system:update-field", "Function"}
        }) {
            ObjectNode entry = system.addObject()
                    .put("ruleKey", rule[0])
                    .put("ruleType", rule[1])
                    .put("name", rule[0])
                    .put("description", rule[0])
                    .put("isAvailableForInitialTransition", false)
                    .put("isVisible", true);
            entry.putArray("incompatibleRuleKeys");
        }
        ArrayNode forge = answer.putArray("forgeRules");
        forgeValidators.forEach(id -> forge.addObject()
                .put("id", id)
                .put("ruleKey", "forge:expression-validator")
                .put("ruleType", "Validator")
                .put("name", "IEC 62304 class rules (Trace62304)")
                .put("description", ""));
        answer.putArray("connectRules");
        answer.putArray("triggerRules");
        return answer;
    }

    private ObjectNode byId(final String id) {
        return workflows.values().stream()
                .filter(w -> w.path("id").asText().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** What Jira's validation endpoint reports for a create request. */
    private JsonNode errors(final JsonNode request) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode errors = answer.putArray("errors");
        Set<String> known = new HashSet<>();
        request.path("statuses")
                .forEach(s -> known.add(s.path("statusReference").asText()));
        for (JsonNode workflow : request.path("workflows")) {
            String name = workflow.path("name").asText();
            if (workflows.containsKey(name)) {
                error(errors, "WORKFLOW", "A workflow with the name '" + name + "' already exists.");
            }
            Set<String> used = new HashSet<>();
            workflow.path("statuses")
                    .forEach(s -> used.add(s.path("statusReference").asText()));
            if (!known.containsAll(used)) {
                error(errors, "STATUS", "Workflow '" + name + "' uses a status that is not in the request.");
            }
            int initial = 0;
            for (JsonNode transition : workflow.path("transitions")) {
                initial += "INITIAL".equals(transition.path("type").asText()) ? 1 : 0;
                transition(errors, name, transition, used);
            }
            if (initial != 1) {
                error(errors, "WORKFLOW", "Workflow '" + name + "' needs exactly one initial transition.");
            }
        }
        return answer;
    }

    private void transition(
            final ArrayNode errors, final String workflow, final JsonNode transition, final Set<String> statuses) {
        String name = transition.path("name").asText();
        boolean linksKnown = true;
        for (JsonNode link : transition.path("links")) {
            linksKnown &= statuses.contains(link.path("fromStatusReference").asText());
        }
        if (!statuses.contains(transition.path("toStatusReference").asText()) || !linksKnown) {
            error(errors, "TRANSITION", "Transition '" + name + "' of '" + workflow + "' links a status outside it.");
        }
        for (JsonNode rule : transition.path("validators")) {
            if (!RULE_KEYS.contains(rule.path("ruleKey").asText())) {
                error(errors, "RULE", "Unknown rule '" + rule.path("ruleKey").asText() + "' on '" + name + "'.");
            }
            for (String field :
                    rule.path("parameters").path("fieldsRequired").asText("").split(",")) {
                if (!field.isEmpty() && !site.metadata().hasField(field)) {
                    error(errors, "RULE", "Field '" + field + "' required on '" + name + "' does not exist.");
                }
            }
        }
        for (JsonNode rule : transition.path("conditions").path("conditions")) {
            condition(errors, name, rule, statuses);
        }
        for (JsonNode rule : transition.path("actions")) {
            postFunction(errors, name, rule);
        }
    }

    /**
     * Jira's "Update field" post function as the Cloud description documents it ({@code field}, {@code value},
     * {@code mode} append or replace); for the resolution, the value is the id of one of the site's resolutions.
     */
    private void postFunction(final ArrayNode errors, final String transition, final JsonNode rule) {
        JsonNode parameters = rule.path("parameters");
        if (!"system:update-field".equals(rule.path("ruleKey").asText())
                || !Set.of("append", "replace").contains(parameters.path("mode").asText())) {
            error(errors, "RULE", "Unknown post function or mode on '" + transition + "'.");
            return;
        }
        String value = parameters.path("value").asText();
        boolean known = false;
        for (JsonNode resolution : site.metadata().resolutions().path("values")) {
            known |= resolution.path("id").asText().equals(value);
        }
        if ("resolution".equals(parameters.path("field").asText()) && !known) {
            error(errors, "RULE", "Resolution '" + value + "' set on '" + transition + "' does not exist.");
        }
    }

    /** The built-in conditions' parameters, as the bulk workflow API documents them. */
    private void condition(
            final ArrayNode errors, final String transition, final JsonNode rule, final Set<String> statuses) {
        JsonNode parameters = rule.path("parameters");
        switch (rule.path("ruleKey").asText()) {
            case "system:check-field-value" -> {
                String field = parameters.path("fieldId").asText();
                if (!site.metadata().hasField(field)
                        || !COMPARATORS.contains(parameters.path("comparator").asText())
                        || !COMPARISONS.contains(
                                parameters.path("comparisonType").asText())) {
                    error(
                            errors,
                            "RULE",
                            "Condition on '" + transition + "' has an unknown field, comparator or type.");
                    return;
                }
                JsonNode values = values(parameters.path("fieldValue").asText());
                if (values == null || !values.isArray() || values.isEmpty()) {
                    error(errors, "RULE", "Condition on '" + transition + "': fieldValue is not a list of values.");
                    return;
                }
                for (JsonNode value : values) {
                    if ("OPTIONID".equals(parameters.path("comparisonType").asText())
                            && !site.metadata().hasOption(field, value.asText())) {
                        error(
                                errors,
                                "RULE",
                                "Condition on '" + transition + "': option " + value.asText() + " is not an option of "
                                        + field + ".");
                    }
                }
            }
            case "system:separation-of-duties" -> {
                if (!statuses.contains(parameters.path("toStatusId").asText())
                        || parameters.has("fromStatusId")
                                && !statuses.contains(
                                        parameters.path("fromStatusId").asText())) {
                    error(
                            errors,
                            "RULE",
                            "Separation of duties on '" + transition + "' names a status outside the " + "workflow.");
                }
            }
            default ->
                error(
                        errors,
                        "RULE",
                        "Unknown condition '" + rule.path("ruleKey").asText() + "' on '" + transition + "'.");
        }
    }

    private ObjectNode workflowScheme(final JsonNode body) {
        String id = String.valueOf(++ids);
        ObjectNode scheme = JSON.objectNode()
                .put("id", Long.valueOf(id))
                .put("name", body.path("name").asText())
                .put("description", body.path("description").asText(""))
                .put("defaultWorkflow", "jira")
                .put("self", site.uri() + API + "/workflowscheme/" + id);
        scheme.set("issueTypeMappings", body.path("issueTypeMappings").deepCopy());
        workflowSchemes.put(id, scheme);
        return scheme;
    }

    private ObjectNode issueTypeScheme(final JsonNode body) {
        String id = String.valueOf(++ids);
        issueTypeSchemes.put(
                id,
                JSON.objectNode()
                        .put("id", id)
                        .put("name", body.path("name").asText())
                        .put("description", body.path("description").asText(""))
                        .put("isDefault", false)
                        .put(
                                "defaultIssueTypeId",
                                body.path("defaultIssueTypeId").asText("")));
        return JSON.objectNode().put("issueTypeSchemeId", id);
    }

    private JsonNode workflowSchemeOf(final String projectId) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode values = answer.putArray("values");
        String scheme = projectWorkflowScheme.get(projectId);
        if (scheme != null) {
            ObjectNode association = values.addObject();
            association.putArray("projectIds").add(projectId);
            association.set("workflowScheme", workflowSchemes.get(scheme));
        }
        return answer;
    }

    private JsonNode issueTypeSchemeOf(final String projectId) {
        List<JsonNode> values = new ArrayList<>();
        String scheme = projectIssueTypeScheme.get(projectId);
        if (scheme != null) {
            ObjectNode association = JSON.objectNode();
            association.putArray("projectIds").add(projectId);
            association.set("issueTypeScheme", issueTypeSchemes.get(scheme));
            values.add(association);
        }
        return Answers.page(values);
    }

    private Response associate(
            final Map<String, String> associations,
            final Map<String, ObjectNode> schemes,
            final JsonNode body,
            final String schemeField) {
        String scheme = body.path(schemeField).asText();
        String project = body.path("projectId").asText();
        if (!schemes.containsKey(scheme) || site.metadata().projectNode(project) == null) {
            return new Response(404, JiraEmulator.error("The scheme or project was not found."), Map.of());
        }
        associations.put(project, scheme);
        return Response.empty(204);
    }

    /** A condition's fieldValue: a JSON list in a string, or null when it is not JSON. */
    private static JsonNode values(final String fieldValue) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(fieldValue);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static void error(final ArrayNode errors, final String type, final String message) {
        errors.addObject()
                .put("code", type + "_INVALID")
                .put("level", "ERROR")
                .put("type", type)
                .put("message", message);
    }
}
