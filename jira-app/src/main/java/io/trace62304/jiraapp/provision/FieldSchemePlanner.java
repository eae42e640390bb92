package io.trace62304.jiraapp.provision;

import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans where the scheme's fields are available in a Cloud space. On field configurations nothing is needed: the
 * fields have a global context and the app's screens show them. On Field Schemes (RFC-105) a field is available in a
 * space only when the space's field scheme has it, for the work types it is restricted to, and contexts no longer
 * hide fields: the space gets the app's own field scheme, a copy of the one it used (so it keeps every field it
 * had), holding each scheme field for its work types.
 */
final class FieldSchemePlanner {
    private final Scheme scheme;
    private final FieldSchemeState state;
    private final Manifest manifest;

    FieldSchemePlanner(final Scheme scheme, final FieldSchemeState state, final Manifest manifest) {
        this.scheme = scheme;
        this.state = state;
        this.manifest = manifest;
    }

    void plan(final List<Action> actions) {
        if (!state.onFieldSchemes()) {
            actions.add(new Action(
                    Kind.FIELD_SCHEME,
                    "(field configurations)",
                    Verb.USE,
                    "the space uses field configurations, not Field Schemes: its fields show on the app's screens",
                    ""));
            return;
        }
        Action own = state.appScheme()
                .map(found -> Planner.existing(manifest, Kind.FIELD_SCHEME, Scheme.FIELD_SCHEME, found, ""))
                .map(found -> found.verb() == Verb.USE
                        ? new Action(
                                Kind.FIELD_SCHEME,
                                Scheme.FIELD_SCHEME,
                                Verb.CONFLICT,
                                "a field scheme of this name is not the app's; the app adds fields only to its own",
                                found.id())
                        : found)
                .orElse(Action.of(
                        Kind.FIELD_SCHEME,
                        Scheme.FIELD_SCHEME,
                        Verb.CREATE,
                        "a copy of the space's field scheme (id "
                                + state.projectScheme().get() + "), so the space keeps every field it has"));
        actions.add(own);
        if (own.verb() == Verb.CONFLICT) {
            return;
        }
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> wanted = wanted(
                name -> Planner.idOf(actions, Kind.FIELD, name), type -> Planner.idOf(actions, Kind.ISSUE_TYPE, type));
        for (Scheme.Field field : scheme.fields()) {
            String id = Planner.idOf(actions, Kind.FIELD, field.name());
            if (id.isEmpty()
                    || !wanted.containsKey(id)
                    || !wanted.get(id).equals(sorted(state.appFields().get(id)))) {
                missing.add(field.name());
            }
        }
        actions.add(new Action(
                Kind.FIELD_SCHEME_FIELDS,
                Scheme.FIELD_SCHEME,
                missing.isEmpty() ? Verb.KEEP : Verb.ADD,
                missing.isEmpty() ? "" : String.join(", ", missing) + " (each for its work types)",
                own.id()));
    }

    /**
     * Each scheme field's id and the sorted ids of the work types it is for (empty: every work type); a field or work
     * type without an id yet is left out.
     */
    Map<String, List<String>> wanted(
            final java.util.function.Function<String, String> fieldId,
            final java.util.function.Function<String, String> typeId) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (Scheme.Field field : scheme.fields()) {
            String id = fieldId.apply(field.name());
            List<String> types = new ArrayList<>();
            field.issueTypes().forEach(t -> types.add(typeId.apply(t)));
            if (!id.isEmpty() && !types.contains("")) {
                types.sort(null);
                wanted.put(id, List.copyOf(types));
            }
        }
        return wanted;
    }

    private static List<String> sorted(final List<String> types) {
        if (types == null) {
            return null;
        }
        List<String> copy = new ArrayList<>(types);
        copy.sort(null);
        return copy;
    }
}
