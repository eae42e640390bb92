package io.trace62304.jiraapp.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;

/**
 * Plans the app's screen (summary, issue type and every scheme field on its first tab) and its two screen schemes.
 * Cloud creates all of it. Data Center's REST API only adds fields to an existing screen's tab: the administrator
 * makes the screen (marked as the app's) and the schemes, and {@code apply} then puts the fields on it.
 */
final class ScreenPlanner {
    /** System fields the screen carries besides the scheme's. */
    static final List<String> SYSTEM_FIELDS = List.of("summary", "issuetype");

    private final Scheme scheme;
    private final AppScreen screen;
    private final Optional<CloudScreenState> cloud;
    private final Manifest manifest;

    /**
     * @param cloud the Cloud site's screen schemes; empty on Data Center
     */
    ScreenPlanner(final Scheme scheme, final AppScreen screen, final Optional<CloudScreenState> cloud,
            final Manifest manifest) {
        this.scheme = scheme;
        this.screen = screen;
        this.cloud = cloud;
        this.manifest = manifest;
    }

    void plan(final List<Action> actions) {
        Action found = screen.screen().map(s -> Planner.existing(manifest, Kind.SCREEN, AppScreen.NAME, s, ""))
                .orElse(cloud.isPresent() ? Action.of(Kind.SCREEN, AppScreen.NAME, Verb.CREATE, "")
                        : Action.of(Kind.SCREEN, AppScreen.NAME, Verb.MANUAL, "Administration » Issues » Screens » "
                                + "Add screen, with " + Scheme.MARKER + " in its description; apply then adds the "
                                + "fields (manual-steps.md)"));
        actions.add(found);
        actions.add(fields(found, missing(actions)));
        if (cloud.isPresent()) {
            actions.add(scheme(Kind.SCREEN_SCHEME, cloud.get().screenSchemes().get(SiteState.key(AppScreen.NAME))));
            actions.add(scheme(Kind.ISSUE_TYPE_SCREEN_SCHEME, cloud.get().issueTypeScreenSchemes().get(
                    SiteState.key(AppScreen.NAME))));
        }
        else {
            String check = "made by the administrator (manual-steps.md); Data Center's REST API cannot read it back";
            actions.add(Action.of(Kind.SCREEN_SCHEME, AppScreen.NAME, Verb.CHECK, check));
            actions.add(Action.of(Kind.ISSUE_TYPE_SCREEN_SCHEME, AppScreen.NAME, Verb.CHECK, check));
        }
    }

    /** The scheme's fields (and the system ones) not on the screen yet, by name. */
    private List<String> missing(final List<Action> actions) {
        List<String> missing = new ArrayList<>();
        SYSTEM_FIELDS.stream().filter(f -> !screen.fields().contains(f)).forEach(missing::add);
        for (Scheme.Field field : scheme.fields()) {
            String id = actions.stream().filter(a -> a.kind() == Kind.FIELD && a.name().equals(field.name()))
                    .map(Action::id).findFirst().orElse("");
            if (id.isEmpty() || !screen.fields().contains(id)) {
                missing.add(field.name());
            }
        }
        return missing;
    }

    private Action fields(final Action found, final List<String> missing) {
        String name = AppScreen.NAME;
        if (missing.isEmpty()) {
            return new Action(Kind.SCREEN_FIELDS, name, found.verb(), "", found.id());
        }
        String detail = missing.size() + " field(s): " + String.join(", ", missing);
        return switch (found.verb()) {
            case CREATE, KEEP -> new Action(Kind.SCREEN_FIELDS, name, Verb.ADD, detail, found.id());
            case MANUAL -> new Action(Kind.SCREEN_FIELDS, name, Verb.MANUAL, "added by apply once the screen exists: "
                    + detail, found.id());
            default -> new Action(Kind.SCREEN_FIELDS, name, Verb.CONFLICT, "the screen is not the app's (no "
                    + Scheme.MARKER + " in its description) and lacks " + detail, found.id());
        };
    }

    private Action scheme(final Kind kind, final JsonNode found) {
        return found == null ? Action.of(kind, AppScreen.NAME, Verb.CREATE, "")
                : Planner.existing(manifest, kind, AppScreen.NAME, found, "");
    }
}
