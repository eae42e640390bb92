package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans the app's screens and their schemes. Cloud: one screen per issue type of the scheme with that type's
 * fields, one with every field for the project's other issue types, a screen scheme for each, and the issue type
 * screen scheme that maps each issue type to its own (the all-fields one is the default). Data Center's REST API
 * only adds fields to an existing screen's tab: there the administrator makes the one all-fields screen (marked as
 * the app's) and its schemes, and {@code apply} puts the fields on it.
 */
final class ScreenPlanner {
    /** System fields every screen carries besides the scheme's. */
    static final List<String> SYSTEM_FIELDS = List.of("summary", "issuetype");

    private final Scheme scheme;
    private final Map<String, AppScreen> screens;
    private final Optional<CloudScreenState> cloud;
    private final Manifest manifest;

    /**
     * One screen of the app.
     *
     * @param name      its name, also its screen scheme's
     * @param issueType the issue type it is for, or empty for the all-fields default
     * @param fields    the scheme fields on it, by name
     */
    record Spec(String name, String issueType, List<String> fields) {
        Spec {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param screens the site's screens of the specs' names
     * @param cloud   the Cloud site's screen schemes; empty on Data Center
     */
    ScreenPlanner(
            final Scheme scheme,
            final Map<String, AppScreen> screens,
            final Optional<CloudScreenState> cloud,
            final Manifest manifest) {
        this.scheme = scheme;
        this.screens = screens;
        this.cloud = cloud;
        this.manifest = manifest;
    }

    /** The app's screens: the all-fields one, and on Cloud one per issue type. */
    static List<Spec> specs(final Scheme scheme, final boolean perIssueType) {
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(
                Scheme.SCREEN,
                "",
                scheme.fields().stream().map(Scheme.Field::name).toList()));
        if (perIssueType) {
            scheme.issueTypes()
                    .forEach(type -> specs.add(new Spec(
                            Scheme.screenOf(type.name()),
                            type.name(),
                            scheme.fieldsOf(type.name()).stream()
                                    .map(Scheme.Field::name)
                                    .toList())));
        }
        return specs;
    }

    void plan(final List<Action> actions) {
        List<Spec> specs = specs(scheme, cloud.isPresent());
        for (Spec spec : specs) {
            Action found = screen(spec);
            actions.add(found);
            actions.add(fields(found, missing(spec, actions)));
        }
        if (cloud.isEmpty()) {
            String check = "made by the administrator (manual-steps.md); Data Center's REST API cannot read it back";
            actions.add(Action.of(Kind.SCREEN_SCHEME, Scheme.SCREEN, Verb.CHECK, check));
            actions.add(Action.of(Kind.ISSUE_TYPE_SCREEN_SCHEME, Scheme.SCREEN, Verb.CHECK, check));
            return;
        }
        specs.forEach(spec -> actions.add(scheme(
                Kind.SCREEN_SCHEME, spec.name(), cloud.get().screenSchemes().get(SiteState.key(spec.name())))));
        actions.add(mappings(
                scheme(
                        Kind.ISSUE_TYPE_SCREEN_SCHEME,
                        Scheme.SCREEN,
                        cloud.get().issueTypeScreenSchemes().get(SiteState.key(Scheme.SCREEN))),
                specs,
                actions));
    }

    /** The screen scheme ids the app's issue type screen scheme should map each issue type id to, as far as known. */
    static Map<String, String> wantedMappings(
            final List<Spec> specs, final java.util.function.BiFunction<Kind, String, String> id) {
        Map<String, String> wanted = new LinkedHashMap<>();
        specs.stream()
                .filter(s -> !s.issueType().isEmpty())
                .forEach(s ->
                        wanted.put(id.apply(Kind.ISSUE_TYPE, s.issueType()), id.apply(Kind.SCREEN_SCHEME, s.name())));
        return wanted;
    }

    private Action screen(final Spec spec) {
        Optional<JsonNode> found =
                screens.getOrDefault(spec.name(), AppScreen.ABSENT).screen();
        if (found.isPresent()) {
            return Planner.existing(manifest, Kind.SCREEN, spec.name(), found.get(), "");
        }
        return cloud.isPresent()
                ? Action.of(
                        Kind.SCREEN,
                        spec.name(),
                        Verb.CREATE,
                        spec.issueType().isEmpty()
                                ? "every field, for the project's other issue types"
                                : spec.issueType() + "'s fields")
                : Action.of(
                        Kind.SCREEN,
                        spec.name(),
                        Verb.MANUAL,
                        "Administration » Issues » Screens » Add screen, " + "with " + Scheme.MARKER
                                + " in its description; apply then adds the fields (manual-steps.md)");
    }

    /** The spec's fields (and the system ones) not on its screen yet, by name. */
    private List<String> missing(final Spec spec, final List<Action> actions) {
        List<String> present =
                screens.getOrDefault(spec.name(), AppScreen.ABSENT).fields();
        List<String> missing = new ArrayList<>();
        SYSTEM_FIELDS.stream().filter(f -> !present.contains(f)).forEach(missing::add);
        for (String field : spec.fields()) {
            String id = idOf(actions, Kind.FIELD, field);
            if (id.isEmpty() || !present.contains(id)) {
                missing.add(field);
            }
        }
        return missing;
    }

    private Action fields(final Action found, final List<String> missing) {
        if (missing.isEmpty()) {
            return new Action(Kind.SCREEN_FIELDS, found.name(), found.verb(), "", found.id());
        }
        String detail = missing.size() + " field(s): " + String.join(", ", missing);
        return switch (found.verb()) {
            case CREATE, KEEP -> new Action(Kind.SCREEN_FIELDS, found.name(), Verb.ADD, detail, found.id());
            case MANUAL ->
                new Action(
                        Kind.SCREEN_FIELDS,
                        found.name(),
                        Verb.MANUAL,
                        "added by apply once the screen " + "exists: " + detail,
                        found.id());
            default ->
                new Action(
                        Kind.SCREEN_FIELDS,
                        found.name(),
                        Verb.CONFLICT,
                        "the screen is not the app's (no " + Scheme.MARKER + " in its description) and lacks " + detail,
                        found.id());
        };
    }

    /** The app's issue type screen scheme, with ADD when issue types lack their mapping to their own screen scheme. */
    private Action mappings(final Action found, final List<Spec> specs, final List<Action> actions) {
        if (found.verb() != Verb.KEEP) {
            return found;
        }
        List<String> missing = specs.stream()
                .filter(s -> !s.issueType().isEmpty())
                .map(Spec::issueType)
                .filter(type -> !cloud.get().mappings().containsKey(idOf(actions, Kind.ISSUE_TYPE, type)))
                .toList();
        return missing.isEmpty()
                ? found
                : new Action(
                        Kind.ISSUE_TYPE_SCREEN_SCHEME,
                        found.name(),
                        Verb.ADD,
                        "maps " + String.join(", ", missing) + " to their own screens",
                        found.id());
    }

    /** The id the plan knows for an object, or empty. */
    private static String idOf(final List<Action> actions, final Kind kind, final String name) {
        return actions.stream()
                .filter(a -> a.kind() == kind && a.name().equals(name))
                .map(Action::id)
                .findFirst()
                .orElse("");
    }

    private Action scheme(final Kind kind, final String name, final JsonNode found) {
        return found == null
                ? Action.of(kind, name, Verb.CREATE, "")
                : Planner.existing(manifest, kind, name, found, "");
    }
}
