package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraAdmin;
import io.trace62304.jira.JiraException;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of a site's configuration, as far as the scheme cares: what exists under the scheme's names, the
 * options of its select fields (Cloud), the resolutions, the app's screens, the workflows and schemes of either flavour, the
 * manifest, and whether the user may administer Jira.
 */
record SiteState(
        Flavour flavour,
        boolean administers,
        boolean projectExists,
        Optional<Manifest> manifest,
        String manifestProblem,
        Map<String, JsonNode> issueTypes,
        Map<String, List<JsonNode>> fields,
        Map<String, Map<String, String>> options,
        Map<String, String> contexts,
        Map<String, JsonNode> linkTypes,
        Map<String, JsonNode> statuses,
        Map<String, JsonNode> resolutions,
        Map<String, AppScreen> screens,
        Optional<CloudWorkflowState> cloud,
        Optional<DataCenterState> dataCenter) {
    /** The context the app gives its select fields (Cloud). */
    static final String CONTEXT = "Trace62304 (IEC 62304)";

    static SiteState read(
            final JiraAdmin admin, final Optional<JsonNode> projectNode, final String project, final Scheme scheme)
            throws JiraException {
        boolean projectExists = projectNode.isPresent();
        Optional<Manifest> manifest = Optional.empty();
        String problem = "";
        if (projectExists) {
            try {
                manifest = admin.projectProperty(project, Manifest.PROPERTY).map(Manifest::fromJson);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        Map<String, List<JsonNode>> fields = new LinkedHashMap<>();
        for (JsonNode field : admin.fields()) {
            if (field.path("custom").asBoolean()) {
                fields.computeIfAbsent(key(field.path("name").asText()), k -> new ArrayList<>())
                        .add(field);
            }
        }
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        Map<String, String> contexts = new LinkedHashMap<>();
        if (admin.flavour() == Flavour.CLOUD) {
            readOptions(admin, scheme, fields, options, contexts);
        }
        Optional<CloudWorkflowState> cloud = admin.flavour() == Flavour.CLOUD
                ? Optional.of(CloudWorkflowState.read(
                        admin,
                        scheme,
                        projectNode.map(p -> p.path("id").asText()).orElse("")))
                : Optional.empty();
        Optional<DataCenterState> dataCenter = admin.flavour() == Flavour.DATA_CENTER
                ? Optional.of(DataCenterState.read(admin, project, projectExists, manifest.orElse(Manifest.empty())))
                : Optional.empty();
        return new SiteState(
                admin.flavour(),
                admin.canAdminister(),
                projectExists,
                manifest,
                problem,
                byName(admin.issueTypes()),
                fields,
                options,
                contexts,
                byName(admin.linkTypes()),
                byName(admin.statuses()),
                byName(admin.resolutions()),
                AppScreen.read(
                        admin.screens(),
                        ScreenPlanner.specs(scheme, admin.flavour() == Flavour.CLOUD).stream()
                                .map(ScreenPlanner.Spec::name)
                                .toList()),
                cloud,
                dataCenter);
    }

    /** The options (value to id) of each select field of the scheme that exists once, from its app context. */
    private static void readOptions(
            final JiraAdmin admin,
            final Scheme scheme,
            final Map<String, List<JsonNode>> fields,
            final Map<String, Map<String, String>> options,
            final Map<String, String> contexts)
            throws JiraException {
        for (Scheme.Field wanted : scheme.fields()) {
            List<JsonNode> found = fields.getOrDefault(key(wanted.name()), List.of());
            if (!wanted.kind().hasOptions() || found.size() != 1) {
                continue;
            }
            options.put(
                    wanted.name(),
                    appOptions(
                            admin,
                            found.get(0).path("id").asText(),
                            context -> contexts.putIfAbsent(wanted.name(), context)));
        }
    }

    /** A select field's options (value to id) in the app's context or the global one, each such context's id told. */
    static Map<String, String> appOptions(
            final JiraAdmin admin, final String fieldId, final java.util.function.Consumer<String> context)
            throws JiraException {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode found : admin.contexts(fieldId)) {
            if (CONTEXT.equals(found.path("name").asText())
                    || found.path("isGlobalContext").asBoolean()) {
                context.accept(found.path("id").asText());
                admin.options(fieldId, found.path("id").asText())
                        .forEach(o -> values.putIfAbsent(
                                o.path("value").asText(), o.path("id").asText()));
            }
        }
        return values;
    }

    Optional<JsonNode> issueType(final String name) {
        return Optional.ofNullable(issueTypes.get(key(name)));
    }

    List<JsonNode> fields(final String name) {
        return fields.getOrDefault(key(name), List.of());
    }

    Optional<JsonNode> linkType(final String name) {
        return Optional.ofNullable(linkTypes.get(key(name)));
    }

    Optional<JsonNode> status(final String name) {
        return Optional.ofNullable(statuses.get(key(name)));
    }

    Optional<JsonNode> resolution(final String name) {
        return Optional.ofNullable(resolutions.get(key(name)));
    }

    /** The option values a select field has (Cloud). */
    List<String> optionValues(final String field) {
        return List.copyOf(options.getOrDefault(field, Map.of()).keySet());
    }

    /** The ids of the Safety Class options by class, as far as they exist (Cloud). */
    Map<String, String> classOptions() {
        return options.getOrDefault(Scheme.SAFETY_CLASS, Map.of());
    }

    Manifest manifestOrEmpty() {
        return manifest.orElse(Manifest.empty());
    }

    /** Objects by lower-case name; of two with one name, the first Jira lists. */
    static Map<String, JsonNode> byName(final List<JsonNode> objects) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        objects.forEach(object -> byName.putIfAbsent(key(object.path("name").asText()), object));
        return byName;
    }

    static String key(final String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
