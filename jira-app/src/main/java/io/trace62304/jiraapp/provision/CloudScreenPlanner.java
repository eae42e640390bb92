package io.trace62304.jiraapp.provision;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;

/** Plans the app's screen (summary, issue type and every scheme field on its first tab) and its two screen schemes. */
final class CloudScreenPlanner {
    /** System fields the screen carries besides the scheme's. */
    static final List<String> SYSTEM_FIELDS = List.of("summary", "issuetype");

    private final Scheme scheme;
    private final CloudScreenState screens;
    private final Manifest manifest;

    CloudScreenPlanner(final Scheme scheme, final CloudScreenState screens, final Manifest manifest) {
        this.scheme = scheme;
        this.screens = screens;
        this.manifest = manifest;
    }

    void plan(final List<Action> actions) {
        Action screen = screens.screen().map(found -> Planner.existing(manifest, Kind.SCREEN, CloudScreenState.NAME,
                found, "")).orElse(Action.of(Kind.SCREEN, CloudScreenState.NAME, Verb.CREATE, ""));
        actions.add(screen);
        actions.add(fields(screen, missing(actions)));
        actions.add(scheme(Kind.SCREEN_SCHEME, screens.screenSchemes().get(SiteState.key(CloudScreenState.NAME))));
        actions.add(scheme(Kind.ISSUE_TYPE_SCREEN_SCHEME, screens.issueTypeScreenSchemes().get(
                SiteState.key(CloudScreenState.NAME))));
    }

    /** The scheme's fields (and the system ones) not on the screen yet, by name. */
    private List<String> missing(final List<Action> actions) {
        List<String> missing = new ArrayList<>();
        SYSTEM_FIELDS.stream().filter(f -> !screens.screenFields().contains(f)).forEach(missing::add);
        for (Scheme.Field field : scheme.fields()) {
            String id = actions.stream().filter(a -> a.kind() == Kind.FIELD && a.name().equals(field.name()))
                    .map(Action::id).findFirst().orElse("");
            if (id.isEmpty() || !screens.screenFields().contains(id)) {
                missing.add(field.name());
            }
        }
        return missing;
    }

    private Action fields(final Action screen, final List<String> missing) {
        String name = CloudScreenState.NAME;
        if (missing.isEmpty()) {
            return new Action(Kind.SCREEN_FIELDS, name, screen.verb(), "", screen.id());
        }
        String detail = missing.size() + " field(s): " + String.join(", ", missing);
        return switch (screen.verb()) {
            case CREATE, KEEP -> new Action(Kind.SCREEN_FIELDS, name, Verb.ADD, detail, screen.id());
            default -> new Action(Kind.SCREEN_FIELDS, name, Verb.CONFLICT, "the screen is not the app's and lacks "
                    + detail, screen.id());
        };
    }

    private Action scheme(final Kind kind, final JsonNode found) {
        return found == null ? Action.of(kind, CloudScreenState.NAME, Verb.CREATE, "")
                : Planner.existing(manifest, kind, CloudScreenState.NAME, found, "");
    }
}
