package io.trace62304.jiraapp.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureYaml;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shipped scheme ({@code scheme-62304.yaml}) and a team's own file of the same shape: entries with the
 * same name replace the shipped ones, new names are added. Every unknown key, wrong shape or dangling reference is
 * an error naming the file and the JSON pointer, found before anything is sent to Jira ({@link SchemeValidator}).
 */
public final class SchemeLoader {
    static final String FORMAT = "trace62304-scheme/1";
    private static final String DEFAULTS = "scheme-62304.yaml";
    private static final List<String> SECTIONS = List.of("issueTypes", "fields", "linkTypes", "statuses", "workflows");

    /** The shipped scheme. */
    public Scheme defaults() {
        try {
            return parse(SecureYaml.readResource(SchemeLoader.class, DEFAULTS), new JsonFields(DEFAULTS));
        } catch (ReportException e) {
            throw new IllegalStateException("the shipped scheme is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The shipped scheme with a team's file applied on top.
     *
     * @throws ReportException if the file cannot be read, or the result is not a valid scheme
     */
    public Scheme load(final Path override) throws ReportException {
        JsonFields json = new JsonFields(override.toString());
        JsonNode team = SecureYaml.read(override, ReportLimits.DEFAULT);
        ObjectNode merged = (ObjectNode)
                SecureYaml.readResource(SchemeLoader.class, DEFAULTS).deepCopy();
        requireKeys(team, "", json, "scheme", "version", "issueTypes", "fields", "linkTypes", "statuses", "workflows");
        if (!FORMAT.equals(team.path("scheme").asText(FORMAT))) {
            throw json.error(
                    "/scheme",
                    "expected " + FORMAT + ", found '" + team.path("scheme").asText() + "'");
        }
        if (team.has("version")) {
            merged.set("version", team.get("version"));
        }
        for (String section : SECTIONS) {
            if (team.has(section)) {
                json.requireArrayOrAbsent(team.get(section), "/" + section);
                merged.set(
                        section, mergeByName((ArrayNode) merged.get(section), team.get(section), "/" + section, json));
            }
        }
        return parse(merged, json);
    }

    private static ArrayNode mergeByName(
            final ArrayNode shipped, final JsonNode team, final String pointer, final JsonFields json)
            throws ReportException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        shipped.forEach(entry -> byName.put(key(entry.path("name").asText()), entry));
        for (int i = 0; i < team.size(); i++) {
            String name = team.get(i).path("name").asText("");
            if (name.isBlank()) {
                throw json.error(pointer + "/" + i + "/name", "every entry needs a name");
            }
            byName.put(key(name), team.get(i));
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        byName.values().forEach(result::add);
        return result;
    }

    private static Scheme parse(final JsonNode root, final JsonFields json) throws ReportException {
        List<Scheme.IssueType> issueTypes = new ArrayList<>();
        List<Scheme.Field> fields = new ArrayList<>();
        List<Scheme.LinkType> linkTypes = new ArrayList<>();
        List<Scheme.Status> statuses = new ArrayList<>();
        List<Scheme.Workflow> workflows = new ArrayList<>();
        for (Entry e : entries(root, "issueTypes", json, "name", "description")) {
            issueTypes.add(new Scheme.IssueType(e.text("name"), e.text("description")));
        }
        for (Entry e : entries(root, "fields", json, "name", "type", "options", "issueTypes", "description")) {
            fields.add(new Scheme.Field(
                    e.text("name"),
                    e.enumValue("type", FieldKind.class),
                    e.text("description"),
                    e.strings("options"),
                    e.strings("issueTypes")));
        }
        for (Entry e : entries(root, "linkTypes", json, "name", "outward", "inward")) {
            linkTypes.add(new Scheme.LinkType(e.text("name"), e.required("outward"), e.required("inward")));
        }
        for (Entry e : entries(root, "statuses", json, "name", "category", "description")) {
            statuses.add(new Scheme.Status(
                    e.text("name"), e.enumValue("category", Scheme.Status.Category.class), e.text("description")));
        }
        for (Entry e : entries(root, "workflows", json, "name", "issueTypes", "initial", "transitions")) {
            workflows.add(new Scheme.Workflow(
                    e.text("name"), e.strings("issueTypes"), e.required("initial"), transitions(e)));
        }
        Scheme scheme = new Scheme(root.path("version").asInt(1), issueTypes, fields, linkTypes, statuses, workflows);
        new SchemeValidator(json).validate(scheme);
        return scheme;
    }

    private static List<Scheme.Transition> transitions(final Entry workflow) throws ReportException {
        List<Scheme.Transition> transitions = new ArrayList<>();
        for (Entry t : workflow.children("transitions", "name", "from", "to", "rules", "resolution")) {
            List<Rule> rules = new ArrayList<>();
            for (Entry r : t.children("rules", false, "require", "requireLink", "separateFrom", "classes")) {
                rules.add(rule(r));
            }
            transitions.add(new Scheme.Transition(
                    t.text("name"), t.strings("from"), t.required("to"), rules, t.text("resolution")));
        }
        return transitions;
    }

    private static Rule rule(final Entry r) throws ReportException {
        List<String> classes = r.strings("classes");
        int kinds = (r.node.has("require") ? 1 : 0)
                + (r.node.has("requireLink") ? 1 : 0)
                + (r.node.has("separateFrom") ? 1 : 0);
        if (kinds != 1) {
            throw r.json.error(r.pointer, "a rule is exactly one of require, requireLink, separateFrom");
        }
        if (r.node.has("require")) {
            return new Rule.RequireFields(r.strings("require"), classes);
        }
        if (r.node.has("separateFrom")) {
            return new Rule.SeparateFrom(r.required("separateFrom"), classes);
        }
        Entry link = new Entry(r.node.get("requireLink"), r.pointer + "/requireLink", r.json);
        requireKeys(link.node, link.pointer, link.json, "type", "direction");
        return new Rule.RequireLink(
                link.required("type"), link.enumValue("direction", Rule.RequireLink.Direction.class), classes);
    }

    private static List<Entry> entries(
            final JsonNode root, final String section, final JsonFields json, final String... allowed)
            throws ReportException {
        return new Entry(root, "", json).children(section, allowed);
    }

    static void requireKeys(final JsonNode node, final String pointer, final JsonFields json, final String... allowed)
            throws ReportException {
        if (!node.isObject()) {
            throw json.error(pointer, "an object is required here");
        }
        Set<String> known = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw json.error(
                        pointer + "/" + name, "unknown key '" + name + "'; expected one of " + List.of(allowed));
            }
        }
    }

    private static String key(final String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** One object of the document and where it is, for reading its values with located errors. */
    private record Entry(JsonNode node, String pointer, JsonFields json) {
        String text(final String field) {
            return json.text(node, field);
        }

        String required(final String field) throws ReportException {
            String value = text(field);
            if (value.isEmpty()) {
                throw json.error(pointer + "/" + field, "a value is required here");
            }
            return value;
        }

        List<String> strings(final String field) throws ReportException {
            json.requireArrayOrAbsent(node.get(field), pointer + "/" + field);
            List<String> values = new ArrayList<>();
            for (JsonNode value : json.array(node, field)) {
                values.add(value.asText().strip());
            }
            return values;
        }

        <E extends Enum<E>> E enumValue(final String field, final Class<E> type) throws ReportException {
            String value = required(field);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
                    return constant;
                }
            }
            throw json.error(
                    pointer + "/" + field,
                    "'" + value + "' is not one of "
                            + List.of(type.getEnumConstants()).stream()
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .toList());
        }

        List<Entry> children(final String field, final String... allowed) throws ReportException {
            return children(field, true, allowed);
        }

        List<Entry> children(final String field, final boolean named, final String... allowed) throws ReportException {
            json.requireArrayOrAbsent(node.get(field), pointer + "/" + field);
            List<Entry> children = new ArrayList<>();
            List<JsonNode> values = json.array(node, field);
            for (int i = 0; i < values.size(); i++) {
                Entry child = new Entry(values.get(i), pointer + "/" + field + "/" + i, json);
                requireKeys(child.node, child.pointer, json, allowed);
                if (named) {
                    child.required("name");
                }
                children.add(child);
            }
            return children;
        }
    }
}
