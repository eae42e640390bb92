package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jiraapp.rules.ClassVariants;
import io.trace62304.jiraapp.rules.ExpressionCompiler;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheme's workflows as a request of Jira Cloud's bulk workflow API ({@code POST /rest/api/3/workflows/create}):
 * the site's statuses by id, one initial transition, and per transition its rules. With the Forge app installed
 * every rule of a transition goes into one expression validator. Without it, the class rules become built-in rules
 * ({@link ClassVariants}): per group of classes one variant of the transition, gated by a {@code
 * system:check-field-value} condition on the Safety Class option, with {@code system:validate-field-value}
 * (fields required) and {@code system:separation-of-duties}; only the link rules are then left to the release
 * gate (the plan says so).
 */
final class WorkflowPayload {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Scheme scheme;
    private final Map<String, String> statusIds;
    private final Map<String, String> fieldIds;
    private final Map<String, String> resolutionIds;
    private final Map<String, String> classOptions;
    private final String forgeExtension;

    /**
     * @param resolutionIds  the ids of the resolutions the transitions set, by name
     * @param classOptions   the ids of the Safety Class options by class (A, B, C); needed without the Forge app
     * @param forgeExtension the Forge validator's extension ARI, or empty when the app is not installed
     */
    WorkflowPayload(
            final Scheme scheme,
            final Map<String, String> statusIds,
            final Map<String, String> fieldIds,
            final Map<String, String> resolutionIds,
            final Map<String, String> classOptions,
            final String forgeExtension) {
        this.scheme = scheme;
        this.statusIds = Map.copyOf(statusIds);
        this.fieldIds = Map.copyOf(fieldIds);
        this.resolutionIds = Map.copyOf(resolutionIds);
        this.classOptions = Map.copyOf(classOptions);
        this.forgeExtension = forgeExtension;
    }

    /** Whether some rule of the workflow is enforced only by the release gate, for want of the Forge app. */
    static boolean needsForge(final Scheme.Workflow workflow) {
        return workflow.transitions().stream()
                .flatMap(t -> t.rules().stream())
                .anyMatch(r -> !ClassVariants.builtIn(r));
    }

    JsonNode request(final List<Scheme.Workflow> workflows) {
        ObjectNode request = JSON.objectNode();
        request.putObject("scope").put("type", "GLOBAL");
        Set<String> used = new LinkedHashSet<>();
        workflows.forEach(w -> used.addAll(w.statuses()));
        ArrayNode statuses = request.putArray("statuses");
        for (String name : used) {
            statuses.addObject()
                    .put("statusReference", id(statusIds, name, "status"))
                    .put("id", statusIds.get(name))
                    .put("name", name)
                    .put(
                            "statusCategory",
                            scheme.status(name).orElseThrow().category().name());
        }
        ArrayNode list = request.putArray("workflows");
        workflows.forEach(workflow -> list.add(workflow(workflow)));
        return request;
    }

    /** The same workflow as an update of the site's copy, at the version it was read. */
    JsonNode update(final Scheme.Workflow workflow, final JsonNode current) {
        JsonNode create = request(List.of(workflow));
        ObjectNode request = JSON.objectNode();
        request.set("statuses", create.path("statuses"));
        ObjectNode updated = request.putArray("workflows")
                .addObject()
                .put("id", current.path("id").asText());
        updated.set("version", current.path("version"));
        JsonNode wanted = create.path("workflows").get(0);
        updated.put("description", wanted.path("description").asText());
        updated.set("statuses", wanted.path("statuses"));
        updated.set("transitions", wanted.path("transitions"));
        return request;
    }

    /**
     * What decides whether two copies of a workflow behave the same: each transition's type, name, from and to
     * statuses, its validators, conditions and post functions by rule key and parameters (ids and layout that Jira
     * adds are left out).
     */
    static java.util.Set<String> signature(final JsonNode workflow) {
        java.util.Set<String> signature = new java.util.TreeSet<>();
        for (JsonNode transition : workflow.path("transitions")) {
            List<String> from = new java.util.ArrayList<>();
            transition
                    .path("links")
                    .forEach(l -> from.add(l.path("fromStatusReference").asText()));
            java.util.Collections.sort(from);
            List<String> rules = new java.util.ArrayList<>();
            transition.path("validators").forEach(rule -> rules.add(rule(rule)));
            transition.path("conditions").path("conditions").forEach(rule -> rules.add("if " + rule(rule)));
            transition.path("actions").forEach(rule -> rules.add("then " + rule(rule)));
            java.util.Collections.sort(rules);
            signature.add(transition.path("type").asText() + "|"
                    + transition.path("name").asText() + "|" + from + "|"
                    + transition.path("toStatusReference").asText() + "|" + rules);
        }
        return signature;
    }

    private static String rule(final JsonNode rule) {
        java.util.Map<String, String> parameters = new java.util.TreeMap<>();
        rule.path("parameters")
                .properties()
                .forEach(p -> parameters.put(p.getKey(), p.getValue().asText()));
        return rule.path("ruleKey").asText() + parameters;
    }

    private JsonNode workflow(final Scheme.Workflow workflow) {
        ObjectNode json = JSON.objectNode()
                .put("name", workflow.name())
                .put(
                        "description",
                        workflow.name() + " for " + String.join(", ", workflow.issueTypes()) + " " + Scheme.MARKER);
        ArrayNode statuses = json.putArray("statuses");
        workflow.statuses()
                .forEach(s -> statuses.addObject()
                        .put("statusReference", statusIds.get(s))
                        .putObject("properties"));
        ArrayNode transitions = json.putArray("transitions");
        transitions
                .addObject()
                .put("id", "1")
                .put("name", "Create")
                .put("type", "INITIAL")
                .put("toStatusReference", statusIds.get(workflow.initial()))
                .putArray("links");
        ExpressionCompiler compiler = new ExpressionCompiler(fieldIds, statusIds);
        for (int i = 0; i < workflow.transitions().size(); i++) {
            Scheme.Transition transition = workflow.transitions().get(i);
            if (!forgeExtension.isEmpty() && !transition.rules().isEmpty()) {
                ObjectNode t = transition(transitions, 11 + 10 * i, transition.name(), transition);
                t.putArray("validators")
                        .addObject()
                        .put("ruleKey", "forge:expression-validator")
                        .putObject("parameters")
                        .put("key", forgeExtension)
                        .put(
                                "config",
                                JSON.objectNode()
                                        .put("expression", compiler.compile(workflow, transition))
                                        .toString());
                continue;
            }
            List<ClassVariants.Variant> variants = ClassVariants.of(workflow, transition);
            for (int v = 0; v < variants.size(); v++) {
                builtIn(transition(transitions, 11 + 10 * i + v, variants.get(v).name(), transition), variants.get(v));
            }
        }
        return json;
    }

    private ObjectNode transition(
            final ArrayNode transitions, final int id, final String name, final Scheme.Transition transition) {
        ObjectNode t = transitions
                .addObject()
                .put("id", String.valueOf(id))
                .put("name", name)
                .put("type", "DIRECTED")
                .put("toStatusReference", statusIds.get(transition.to()));
        ArrayNode links = t.putArray("links");
        transition.from().forEach(from -> links.addObject().put("fromStatusReference", statusIds.get(from)));
        if (!transition.resolution().isEmpty()) {
            // Jira's "Update field" post function (Cloud description of the workflow rules: system:update-field)
            t.putArray("actions")
                    .addObject()
                    .put("ruleKey", "system:update-field")
                    .putObject("parameters")
                    .put("field", "resolution")
                    .put("value", id(resolutionIds, transition.resolution(), "resolution"))
                    .put("mode", "replace");
        }
        return t;
    }

    /** A variant's class condition, separation of duties and required fields, as Jira's built-in rules. */
    private void builtIn(final ObjectNode transition, final ClassVariants.Variant variant) {
        ArrayNode validators = transition.putArray("validators");
        if (!variant.requiredFields().isEmpty()) {
            validators
                    .addObject()
                    .put("ruleKey", "system:validate-field-value")
                    .putObject("parameters")
                    .put("ruleType", "fieldRequired")
                    .put(
                            "fieldsRequired",
                            String.join(
                                    ",",
                                    variant.requiredFields().stream()
                                            .map(f -> id(fieldIds, f, "field"))
                                            .toList()))
                    .put("ignoreContext", "false")
                    .put(
                            "errorMessage",
                            "IEC 62304 (" + variant.name() + "): " + String.join(", ", variant.requiredFields())
                                    + " required");
        }
        if (!variant.conditional() && variant.separateFrom().isEmpty()) {
            return;
        }
        ObjectNode group = transition.putObject("conditions").put("operation", "ALL");
        ArrayNode conditions = group.putArray("conditions");
        if (variant.conditional()) {
            ArrayNode options = JSON.arrayNode();
            variant.conditionClasses().forEach(c -> options.add(id(classOptions, c, "Safety Class option")));
            conditions
                    .addObject()
                    .put("ruleKey", "system:check-field-value")
                    .putObject("parameters")
                    .put("fieldId", id(fieldIds, Scheme.SAFETY_CLASS, "field"))
                    .put("fieldValue", options.toString())
                    .put("comparator", variant.takesUnclassified() ? "!=" : "=")
                    .put("comparisonType", "OPTIONID");
        }
        for (Scheme.Transition earlier : variant.separateFrom()) {
            conditions
                    .addObject()
                    .put("ruleKey", "system:separation-of-duties")
                    .putObject("parameters")
                    .put("fromStatusId", id(statusIds, earlier.from().get(0), "status"))
                    .put("toStatusId", id(statusIds, earlier.to(), "status"));
        }
        group.putArray("conditionGroups");
    }

    private static String id(final Map<String, String> ids, final String name, final String what) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException(what + " '" + name + "' has no id on the site");
        }
        return id;
    }
}
