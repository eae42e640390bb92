package io.trace62304.jira.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.trace62304.jira.Flavour;

/**
 * The site's configuration as its metadata endpoints list it: issue types, link types, statuses and projects,
 * in the shapes of the flavour's OpenAPI description. Seeded with what a Jira site has out of the box.
 */
final class EmulatedMetadata {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String self;
    private final Flavour flavour;
    private final List<ObjectNode> issueTypes = new ArrayList<>();
    private final List<ObjectNode> linkTypes = new ArrayList<>();
    private final List<ObjectNode> statuses = new ArrayList<>();
    private final Map<String, ObjectNode> projects = new LinkedHashMap<>();
    private int ids = 10000;

    EmulatedMetadata(final String baseUrl, final Flavour flavour) {
        this.self = baseUrl + flavour.api();
        this.flavour = flavour;
        for (String name : List.of("Bug", "Task", "Story")) {
            issueType(name, "");
        }
        linkType("Blocks", "blocks", "is blocked by");
        linkType("Relates", "relates to", "relates to");
        status("To Do", "new", "To Do");
        status("In Progress", "indeterminate", "In Progress");
        status("Done", "done", "Done");
    }

    synchronized ObjectNode issueType(final String name, final String description) {
        ObjectNode type = JSON.objectNode().put("id", nextId()).put("name", name).put("description", description)
                .put("subtask", false).put("iconUrl", self.replace(flavour.api(), "") + "/images/icons/issuetypes/task.svg");
        type.put("self", self + "/issuetype/" + type.path("id").asText());
        if (flavour == Flavour.CLOUD) {
            type.put("hierarchyLevel", 0);
        }
        issueTypes.add(type);
        return type;
    }

    synchronized ObjectNode linkType(final String name, final String outward, final String inward) {
        ObjectNode type = JSON.objectNode().put("id", nextId()).put("name", name).put("inward", inward)
                .put("outward", outward);
        type.put("self", self + "/issueLinkType/" + type.path("id").asText());
        linkTypes.add(type);
        return type;
    }

    synchronized ObjectNode status(final String name, final String categoryKey, final String categoryName) {
        ObjectNode status = JSON.objectNode().put("id", nextId()).put("name", name).put("description", "")
                .put("iconUrl", self.replace(flavour.api(), "") + "/images/icons/statuses/generic.png");
        status.put("self", self + "/status/" + status.path("id").asText());
        status.putObject("statusCategory").put("id", categoryKey.length()).put("key", categoryKey)
                .put("name", categoryName).put("colorName", "blue-gray")
                .put("self", self + "/statuscategory/" + categoryKey.length());
        statuses.add(status);
        return status;
    }

    synchronized ObjectNode project(final String key, final String name) {
        ObjectNode project = JSON.objectNode().put("id", nextId()).put("key", key).put("name", name)
                .put("description", "").put("archived", false);
        project.put("self", self + "/project/" + project.path("id").asText());
        projects.put(key, project);
        return project;
    }

    synchronized ArrayNode issueTypes() {
        return JSON.arrayNode().addAll(issueTypes);
    }

    synchronized JsonNode linkTypes() {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("issueLinkTypes").addAll(linkTypes);
        return answer;
    }

    synchronized ArrayNode statuses() {
        return JSON.arrayNode().addAll(statuses);
    }

    /** A project by key or id, with its issue types on Cloud (the Data Center bean has none). */
    synchronized JsonNode project(final String keyOrId) {
        for (ObjectNode project : projects.values()) {
            if (project.path("key").asText().equals(keyOrId) || project.path("id").asText().equals(keyOrId)) {
                ObjectNode answer = project.deepCopy();
                if (flavour == Flavour.CLOUD) {
                    answer.putArray("issueTypes").addAll(issueTypes);
                }
                return answer;
            }
        }
        return null;
    }

    private String nextId() {
        return String.valueOf(++ids);
    }
}
