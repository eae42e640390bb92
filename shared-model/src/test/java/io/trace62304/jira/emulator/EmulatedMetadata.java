package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.jira.Flavour;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's configuration: issue types, custom fields with contexts and options, link types, statuses,
 * projects and their properties, answered in the shapes of the flavour's OpenAPI description. Seeded with what
 * a Jira site has out of the box (and, unless blank, the 62304 fields the gate tests read).
 */
final class EmulatedMetadata {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[][] SYSTEM_FIELDS = {
        {"summary", "Summary"},
        {"issuetype", "Issue Type"},
        {"status", "Status"},
        {"updated", "Updated"},
        {"issuelinks", "Linked Issues"}
    };

    /** A status: id, name, and category key (new, indeterminate, done). */
    private record Status(String id, String name, String category, String description) {}

    /** A custom field as the site keeps it. */
    private record Field(
            String id,
            String name,
            String type,
            String description,
            Map<String, ObjectNode> contexts,
            Map<String, List<ObjectNode>> options) {}

    private final String base;
    private final String self;
    private final Flavour flavour;
    private final List<ObjectNode> issueTypes = new ArrayList<>();
    private final List<ObjectNode> linkTypes = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<ObjectNode> resolutions = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, ObjectNode> projects = new LinkedHashMap<>();
    private final Map<String, JsonNode> properties = new LinkedHashMap<>();
    private final List<String> workflows = new ArrayList<>(List.of("jira"));
    private int ids = 10000;

    EmulatedMetadata(final String baseUrl, final Flavour flavour, final boolean blank) {
        this.base = baseUrl;
        this.self = baseUrl + flavour.api();
        this.flavour = flavour;
        for (String name : List.of("Bug", "Task", "Story")) {
            issueType(name, "");
        }
        linkType("Blocks", "blocks", "is blocked by");
        linkType("Relates", "relates to", "relates to");
        status("To Do", "new", "");
        status("In Progress", "indeterminate", "");
        status("Done", "done", "");
        // the resolutions a new site has: Cloud's four; Data Center's installer adds Done and Won't Do to the older
        // five
        // (Atlassian, "Configure resolutions"); the app's Close Without Action sets Won't Do, on both
        for (String name : flavour == Flavour.CLOUD
                ? List.of("Done", "Won't Do", "Duplicate", "Cannot Reproduce")
                : List.of("Fixed", "Won't Fix", "Duplicate", "Incomplete", "Cannot Reproduce", "Done", "Won't Do")) {
            String id = String.valueOf(ids++);
            resolutions.add(JSON.objectNode()
                    .put("self", self + "/resolution/" + id)
                    .put("id", id)
                    .put("name", name)
                    .put("description", ""));
        }
        if (!blank) {
            JiraEmulator.FIELDS.forEach((name, id) -> fields.add(new Field(
                    id,
                    name,
                    "Safety Class".equals(name)
                            ? "com.atlassian.jira.plugin.system.customfieldtypes:select"
                            : "com.atlassian.jira.plugin.system.customfieldtypes:textfield",
                    "",
                    new LinkedHashMap<>(),
                    new LinkedHashMap<>())));
        }
    }

    synchronized ObjectNode issueType(final String name, final String description) {
        return issueType(name, description, false);
    }

    /** A standard issue type, or a sub-task (Cloud: {@code hierarchyLevel} -1; Data Center: {@code subtask}). */
    synchronized ObjectNode issueType(final String name, final String description, final boolean subtask) {
        ObjectNode type = JSON.objectNode()
                .put("id", nextId())
                .put("name", name)
                .put("description", description)
                .put("subtask", subtask)
                .put("iconUrl", base + "/images/icons/issuetypes/" + (subtask ? "subtask" : "task") + ".svg");
        type.put("self", self + "/issuetype/" + type.path("id").asText());
        if (flavour == Flavour.CLOUD) {
            type.put("hierarchyLevel", subtask ? -1 : 0);
        }
        issueTypes.add(type);
        return type;
    }

    /**
     * Why Jira refuses an issue type scheme of these types, or null: it needs at least one standard issue type (Cloud
     * {@code IssueTypeSchemeDetails.issueTypeIds}), and its default type cannot be a sub-task (Jira's issue type
     * scheme form offers only standard types as the default; issue 16's independent fake answers 400).
     */
    synchronized String issueTypeSchemeRefusal(final JsonNode body) {
        boolean standard = false;
        for (JsonNode id : body.path("issueTypeIds")) {
            standard |= issueTypes.stream()
                    .anyMatch(t -> t.path("id").asText().equals(id.asText())
                            && !t.path("subtask").asBoolean());
        }
        if (!standard) {
            return "At least one standard issue type is required.";
        }
        String defaultId = body.path("defaultIssueTypeId").asText("");
        boolean subtaskDefault = issueTypes.stream()
                .anyMatch(t -> t.path("id").asText().equals(defaultId)
                        && t.path("subtask").asBoolean());
        return subtaskDefault ? "The default issue type of an issue type scheme cannot be a sub-task." : null;
    }

    synchronized boolean hasIssueType(final String name) {
        return issueTypes.stream().anyMatch(t -> t.path("name").asText().equalsIgnoreCase(name));
    }

    synchronized ObjectNode linkType(final String name, final String outward, final String inward) {
        ObjectNode type = JSON.objectNode()
                .put("id", nextId())
                .put("name", name)
                .put("inward", inward)
                .put("outward", outward);
        type.put("self", self + "/issueLinkType/" + type.path("id").asText());
        linkTypes.add(type);
        return type;
    }

    synchronized boolean hasLinkType(final String name) {
        return linkTypes.stream().anyMatch(t -> t.path("name").asText().equalsIgnoreCase(name));
    }

    synchronized String status(final String name, final String category, final String description) {
        Status status = new Status(nextId(), name, category, description);
        statuses.add(status);
        return status.id();
    }

    synchronized boolean hasStatus(final String name) {
        return statuses.stream().anyMatch(s -> s.name().equalsIgnoreCase(name));
    }

    synchronized ObjectNode project(final String key, final String name) {
        ObjectNode project = JSON.objectNode()
                .put("id", nextId())
                .put("key", key)
                .put("name", name)
                .put("description", "")
                .put("archived", false);
        project.put("self", self + "/project/" + project.path("id").asText());
        projects.put(key, project);
        return project;
    }

    /** Creates a custom field; the answer is the field as {@code GET /field} lists it. */
    /**
     * Creates a custom field; the answer is the field as {@code GET /field} lists it. On Cloud the new field has its
     * default global context, "Default Configuration Scheme for &lt;name&gt;", all projects and issue types, no options
     * (Jira Cloud does this for every new custom field; issue 16, defect 1).
     */
    synchronized ObjectNode field(final String name, final String type, final String description) {
        Field field = new Field(
                "customfield_" + nextId(), name, type, description, new LinkedHashMap<>(), new LinkedHashMap<>());
        fields.add(field);
        if (flavour == Flavour.CLOUD) {
            createContext(
                    field.id(),
                    JSON.objectNode()
                            .put("name", "Default Configuration Scheme for " + name)
                            .put("description", "Default configuration scheme generated by Jira"));
        }
        return fieldBean(field.id(), field.name(), true, type);
    }

    /** Whether the field already has a global context: a field can have only one. */
    synchronized boolean hasGlobalContext(final String fieldId) {
        return find(fieldId).contexts().values().stream()
                .anyMatch(c -> c.path("isGlobalContext").asBoolean());
    }

    synchronized boolean hasField(final String id) {
        return fields.stream().anyMatch(f -> f.id().equals(id));
    }

    synchronized void workflow(final String name) {
        workflows.add(name);
    }

    synchronized boolean hasWorkflow(final String name) {
        return workflows.contains(name);
    }

    /** {@code GET /rest/api/2/workflow} (Data Center): the workflows, as Jira lists them. */
    synchronized ArrayNode workflows() {
        ArrayNode answer = JSON.arrayNode();
        workflows.forEach(name -> answer.addObject()
                .put("name", name)
                .put("description", "")
                .put("steps", 1)
                .put("default", "jira".equals(name)));
        return answer;
    }

    synchronized ArrayNode issueTypes() {
        return JSON.arrayNode().addAll(issueTypes);
    }

    synchronized JsonNode linkTypes() {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("issueLinkTypes").addAll(linkTypes);
        return answer;
    }

    /** {@code GET /status}: StatusDetails (Cloud) or StatusJsonBean (DC). */
    synchronized ArrayNode statuses() {
        ArrayNode answer = JSON.arrayNode();
        for (Status status : statuses) {
            ObjectNode bean = answer.addObject()
                    .put("id", status.id())
                    .put("name", status.name())
                    .put("description", status.description())
                    .put("iconUrl", base + "/images/icons/statuses/generic.png")
                    .put("self", self + "/status/" + status.id());
            bean.putObject("statusCategory")
                    .put("id", status.category().length())
                    .put("key", status.category())
                    .put("name", status.category())
                    .put("colorName", "blue-gray")
                    .put("self", self + "/statuscategory/" + status.category().length());
        }
        return answer;
    }

    /** {@code GET /resolution} (Data Center, a list of ResolutionJsonBean) or {@code /resolution/search} (Cloud). */
    synchronized JsonNode resolutions() {
        if (flavour == Flavour.CLOUD) {
            return Answers.page(resolutions.stream()
                    .map(r -> (JsonNode) r.deepCopy().put("default", false))
                    .toList());
        }
        return JSON.arrayNode().addAll(resolutions);
    }

    /** Removes a resolution, as an administrator may. */
    synchronized void removeResolution(final String name) {
        resolutions.removeIf(r -> r.path("name").asText().equalsIgnoreCase(name));
    }

    /** {@code GET /statuses/search} (Cloud): JiraStatus beans on one page. */
    synchronized JsonNode statusPage() {
        return Answers.page(statuses.stream().map(this::jiraStatus).toList());
    }

    /** {@code POST /statuses} (Cloud): creates global statuses, answers them as JiraStatus beans. */
    synchronized ArrayNode createStatuses(final JsonNode statusList) {
        ArrayNode created = JSON.arrayNode();
        for (JsonNode wanted : statusList) {
            String category = switch (wanted.path("statusCategory").asText()) {
                case "TODO" -> "new";
                case "DONE" -> "done";
                default -> "indeterminate";
            };
            Status status = new Status(
                    nextId(),
                    wanted.path("name").asText(),
                    category,
                    wanted.path("description").asText(""));
            statuses.add(status);
            created.add(jiraStatus(status));
        }
        return created;
    }

    /** {@code GET /field}: the system fields, then the custom ones. */
    synchronized ArrayNode fields() {
        ArrayNode answer = JSON.arrayNode();
        for (String[] system : SYSTEM_FIELDS) {
            answer.add(fieldBean(system[0], system[1], false, "string"));
        }
        fields.forEach(field -> answer.add(fieldBean(field.id(), field.name(), true, field.type())));
        return answer;
    }

    synchronized JsonNode contexts(final String fieldId) {
        return Answers.page(find(fieldId).contexts().values());
    }

    synchronized ObjectNode createContext(final String fieldId, final JsonNode body) {
        Field field = find(fieldId);
        String id = nextId();
        ObjectNode context = JSON.objectNode()
                .put("id", id)
                .put("name", body.path("name").asText())
                .put("description", body.path("description").asText(""))
                .put("isGlobalContext", body.path("projectIds").isEmpty())
                .put("isAnyIssueType", body.path("issueTypeIds").isEmpty());
        field.contexts().put(id, context);
        field.options().put(id, new ArrayList<>());
        ObjectNode answer = JSON.objectNode()
                .put("id", id)
                .put("name", context.path("name").asText())
                .put("description", context.path("description").asText());
        answer.set("issueTypeIds", body.path("issueTypeIds").deepCopy());
        answer.set("projectIds", body.path("projectIds").deepCopy());
        return answer;
    }

    synchronized JsonNode options(final String fieldId, final String contextId) {
        return Answers.page(find(fieldId).options().get(contextId));
    }

    synchronized JsonNode addOptions(final String fieldId, final String contextId, final JsonNode body) {
        ObjectNode answer = JSON.objectNode();
        ArrayNode created = answer.putArray("options");
        for (JsonNode wanted : body.path("options")) {
            ObjectNode option = JSON.objectNode()
                    .put("id", nextId())
                    .put("value", wanted.path("value").asText())
                    .put("disabled", false);
            find(fieldId).options().get(contextId).add(option);
            created.add(option);
        }
        return answer;
    }

    /** Whether the select field has an option of this id, in any context. */
    synchronized boolean hasOption(final String fieldId, final String optionId) {
        return fields.stream()
                .filter(f -> f.id().equals(fieldId))
                .flatMap(f -> f.options().values().stream())
                .flatMap(List::stream)
                .anyMatch(o -> o.path("id").asText().equals(optionId));
    }

    synchronized boolean hasContext(final String fieldId, final String contextId) {
        return fields.stream()
                .anyMatch(f -> f.id().equals(fieldId) && f.contexts().containsKey(contextId));
    }

    /** A project by key or id, with its issue types on Cloud (the Data Center bean has none). */
    synchronized JsonNode project(final String keyOrId) {
        ObjectNode project = projectNode(keyOrId);
        if (project == null) {
            return null;
        }
        ObjectNode answer = project.deepCopy();
        if (flavour == Flavour.CLOUD) {
            answer.putArray("issueTypes").addAll(issueTypes);
        }
        return answer;
    }

    synchronized JsonNode property(final String projectKey, final String key) {
        return properties.get(projectKey.toUpperCase(Locale.ROOT) + "/" + key);
    }

    synchronized boolean setProperty(final String projectKey, final String key, final JsonNode value) {
        return properties.put(projectKey.toUpperCase(Locale.ROOT) + "/" + key, value) == null;
    }

    synchronized ObjectNode projectNode(final String keyOrId) {
        return projects.values().stream()
                .filter(p -> p.path("key").asText().equals(keyOrId)
                        || p.path("id").asText().equals(keyOrId))
                .findFirst()
                .orElse(null);
    }

    private Field find(final String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst().orElseThrow();
    }

    private ObjectNode fieldBean(final String id, final String name, final boolean custom, final String type) {
        ObjectNode field = JSON.objectNode()
                .put("id", id)
                .put("name", name)
                .put("custom", custom)
                .put("orderable", true)
                .put("navigable", true)
                .put("searchable", true);
        if (flavour == Flavour.CLOUD) {
            field.put("key", id);
        }
        field.putArray("clauseNames").add(custom ? "cf[" + id.substring(id.indexOf('_') + 1) + "]" : id);
        ObjectNode schema = field.putObject("schema");
        if (custom) {
            schema.put("type", type.endsWith(":select") ? "option" : "string")
                    .put("custom", type)
                    .put("customId", Long.parseLong(id.substring(id.indexOf('_') + 1)));
        } else {
            schema.put("type", type);
        }
        return field;
    }

    private JsonNode jiraStatus(final Status status) {
        ObjectNode bean = JSON.objectNode()
                .put("id", status.id())
                .put("name", status.name())
                .put("description", status.description())
                .put(
                        "statusCategory",
                        switch (status.category()) {
                            case "new" -> "TODO";
                            case "done" -> "DONE";
                            default -> "IN_PROGRESS";
                        });
        bean.putObject("scope").put("type", "GLOBAL");
        return bean;
    }

    private String nextId() {
        return String.valueOf(++ids);
    }
}
