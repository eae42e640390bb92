package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the scheme with a reading of the site. An object is the app's when the manifest records it (or its
 * description carries {@link Scheme#MARKER}); an object of the same name that is not the app's is used as it is
 * when compatible and is a conflict otherwise, never modified.
 */
final class Planner {
    private final Scheme scheme;
    private final SiteState site;
    private final Manifest manifest;
    private final String forgeExtension;
    private final String project;

    Planner(final Scheme scheme, final SiteState site, final String forgeExtension, final String project) {
        this.scheme = scheme;
        this.site = site;
        this.manifest = site.manifestOrEmpty();
        this.forgeExtension = forgeExtension;
        this.project = project;
    }

    Plan plan(final String siteName) {
        List<Action> actions = new ArrayList<>();
        scheme.issueTypes().forEach(type -> actions.add(issueType(type)));
        for (Scheme.Field field : scheme.fields()) {
            Action action = field(field);
            actions.add(action);
            if (field.kind().hasOptions() && action.verb() != Verb.CONFLICT) {
                actions.add(options(field, action));
            }
        }
        scheme.linkTypes().forEach(type -> actions.add(linkType(type)));
        scheme.statuses().forEach(status -> actions.add(status(status)));
        scheme.resolutions().forEach(resolution -> actions.add(resolution(resolution)));
        if (site.cloud().isPresent()) {
            new ScreenPlanner(
                            scheme,
                            site.screens(),
                            Optional.of(site.cloud().get().screens()),
                            manifest)
                    .plan(actions);
            new CloudWorkflowPlanner(scheme, site.cloud().get(), manifest, site.classOptions(), forgeExtension)
                    .plan(actions);
        } else {
            new ScreenPlanner(scheme, site.screens(), Optional.empty(), manifest).plan(actions);
            new DataCenterPlanner(scheme, site.dataCenter().orElseThrow(), manifest, project, site.projectExists())
                    .plan(actions);
        }
        return new Plan(siteName, actions, blockers(actions));
    }

    private List<String> blockers(final List<Action> actions) {
        List<String> blockers = new ArrayList<>();
        if (!site.administers()) {
            blockers.add("the user lacks the global Administer Jira permission, which every change needs");
        }
        if (!site.projectExists()) {
            blockers.add("the project does not exist (or is not visible); create it, then run again: its property "
                    + Manifest.PROPERTY + " records what the app owns");
        }
        if (!site.manifestProblem().isEmpty()) {
            blockers.add(site.manifestProblem());
        }
        if (site.flavour() == Flavour.CLOUD) {
            actions.stream()
                    .filter(a -> a.kind() == Kind.RESOLUTION && a.verb() == Verb.MANUAL)
                    .forEach(a -> blockers.add("resolution '" + a.name() + "' is not on the site; the workflows set it"
                            + " (add it, then run again)"));
        }
        long conflicts = actions.stream().filter(a -> a.verb() == Verb.CONFLICT).count();
        if (conflicts > 0) {
            blockers.add(conflicts + " conflict(s) above: objects that are not the app's are never modified; rename "
                    + "them in Jira, or give the scheme's objects other names in your scheme file");
        }
        return blockers;
    }

    /**
     * The scheme's issue types are standard ones (hierarchy level 0). Someone else's type of the name on another level
     * (a sub-task, an epic or a higher level) cannot serve: it is a CONFLICT, found before any write (issue 16, defect
     * 3; Jira refuses an issue type scheme whose default type is a sub-task, after a hundred other writes).
     */
    private Action issueType(final Scheme.IssueType type) {
        return site.issueType(type.name())
                .map(found -> {
                    Action action = existing(Kind.ISSUE_TYPE, type.name(), found, "");
                    String level = hierarchyLevel(found);
                    if (action.verb() == Verb.USE && !level.isEmpty()) {
                        return new Action(
                                Kind.ISSUE_TYPE,
                                type.name(),
                                Verb.CONFLICT,
                                "a " + level + " has this name; the scheme needs a standard work type",
                                action.id());
                    }
                    return action;
                })
                .orElse(Action.of(Kind.ISSUE_TYPE, type.name(), Verb.CREATE, ""));
    }

    /** Empty for a standard issue type, otherwise what it is: Cloud's hierarchyLevel, Data Center's subtask flag. */
    private static String hierarchyLevel(final JsonNode type) {
        int level = type.path("hierarchyLevel").asInt(0);
        if (type.path("subtask").asBoolean(false) || level < 0) {
            return "sub-task";
        }
        return level > 0 ? "work type of hierarchy level " + level + " (above standard)" : "";
    }

    private Action field(final Scheme.Field field) {
        List<JsonNode> found = site.fields(field.name());
        String wanted = field.kind().typeKey();
        String detail = field.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (field.options().isEmpty() ? "" : ": " + String.join(", ", field.options()));
        if (found.isEmpty()) {
            return Action.of(Kind.FIELD, field.name(), Verb.CREATE, detail);
        }
        if (found.size() > 1) {
            return Action.of(
                    Kind.FIELD,
                    field.name(),
                    Verb.CONFLICT,
                    found.size() + " fields have this name; Trace62304 " + "reads fields by name, so only one may");
        }
        String type = found.get(0).path("schema").path("custom").asText();
        if (!wanted.equals(type)) {
            return new Action(
                    Kind.FIELD,
                    field.name(),
                    Verb.CONFLICT,
                    "a field of type " + type + " has this name; the " + "scheme needs " + wanted,
                    found.get(0).path("id").asText());
        }
        return existing(Kind.FIELD, field.name(), found.get(0), detail);
    }

    private Action options(final Scheme.Field field, final Action fieldAction) {
        String values = String.join(", ", field.options());
        if (site.flavour() == Flavour.DATA_CENTER) {
            return Action.of(
                    Kind.FIELD_OPTIONS,
                    field.name(),
                    Verb.CHECK,
                    values + " (Data Center has no REST API for " + "options: see manual-steps.md)");
        }
        if (fieldAction.verb() == Verb.CREATE) {
            return Action.of(Kind.FIELD_OPTIONS, field.name(), Verb.ADD, values);
        }
        List<String> present = site.optionValues(field.name());
        List<String> missing =
                field.options().stream().filter(o -> !present.contains(o)).toList();
        if (missing.isEmpty()) {
            return new Action(Kind.FIELD_OPTIONS, field.name(), fieldAction.verb(), values, fieldAction.id());
        }
        return new Action(
                Kind.FIELD_OPTIONS,
                field.name(),
                fieldAction.verb() == Verb.KEEP ? Verb.ADD : Verb.CONFLICT,
                "missing " + String.join(", ", missing)
                        + (fieldAction.verb() == Verb.KEEP
                                ? ""
                                : "; the field is not the app's, so they are not added"),
                fieldAction.id());
    }

    private Action linkType(final Scheme.LinkType type) {
        return site.linkType(type.name())
                .map(found -> {
                    if (!found.path("outward").asText().equals(type.outward())
                            || !found.path("inward").asText().equals(type.inward())) {
                        return new Action(
                                Kind.LINK_TYPE,
                                type.name(),
                                Verb.CONFLICT,
                                "it reads '" + found.path("outward").asText()
                                        + "' / '" + found.path("inward").asText() + "'; the scheme needs '"
                                        + type.outward() + "' / '"
                                        + type.inward() + "'",
                                found.path("id").asText());
                    }
                    return existing(Kind.LINK_TYPE, type.name(), found, "");
                })
                .orElse(Action.of(Kind.LINK_TYPE, type.name(), Verb.CREATE, type.outward() + " / " + type.inward()));
    }

    private Action status(final Scheme.Status status) {
        return site.status(status.name())
                .map(found -> {
                    String category = category(found);
                    if (!category.equals(status.category().name())) {
                        return new Action(
                                Kind.STATUS,
                                status.name(),
                                Verb.CONFLICT,
                                "its category is " + category + "; the scheme needs " + status.category(),
                                found.path("id").asText());
                    }
                    return existing(Kind.STATUS, status.name(), found, "");
                })
                .orElse(Action.of(
                        Kind.STATUS,
                        status.name(),
                        site.flavour() == Flavour.CLOUD ? Verb.CREATE : Verb.MANUAL,
                        status.category().name() + (site.flavour() == Flavour.CLOUD ? "" : ", see manual-steps.md")));
    }

    /**
     * A Resolution a transition sets: Jira's own, used as it is; one the site lacks is added by the administrator
     * (Cloud has no way to make the workflow without its id, so apply waits for it; on Data Center the workflow XML
     * waits).
     */
    private Action resolution(final String name) {
        String setBy = "set by "
                + String.join(
                        ", ",
                        scheme.workflows().stream()
                                .flatMap(w -> w.transitions().stream())
                                .filter(t -> t.resolution().equalsIgnoreCase(name))
                                .map(Scheme.Transition::name)
                                .distinct()
                                .toList());
        return site.resolution(name)
                .map(found -> new Action(
                        Kind.RESOLUTION, name, Verb.USE, setBy, found.path("id").asText()))
                .orElse(Action.of(
                        Kind.RESOLUTION,
                        name,
                        Verb.MANUAL,
                        setBy + "; not on the site: add it (Cloud: Settings » Work items » Resolutions; Data Center: "
                                + "Administration » Issues » Resolutions), then apply again"));
    }

    private Action existing(final Kind kind, final String name, final JsonNode found, final String detail) {
        return existing(manifest, kind, name, found, detail);
    }

    /** Present: the app's (KEEP, also when an interrupted apply left it pending) or someone else's (USE). */
    static Action existing(
            final Manifest manifest, final Kind kind, final String name, final JsonNode found, final String detail) {
        String id = found.path("id").asText();
        boolean marked = found.path("description").asText("").contains(Scheme.MARKER);
        if (manifest.owns(kind, name, id) || marked) {
            boolean recovered = !manifest.entry(kind, name).map(id::equals).orElse(false);
            return new Action(kind, name, Verb.KEEP, recovered ? "the app's, recorded now" : detail, id);
        }
        return new Action(kind, name, Verb.USE, "exists and is not the app's: used as it is", id);
    }

    /** TODO, IN_PROGRESS or DONE, from either shape Jira answers statuses in. */
    private static String category(final JsonNode status) {
        JsonNode category = status.path("statusCategory");
        if (category.isTextual()) {
            return category.asText();
        }
        return switch (category.path("key").asText()) {
            case "new" -> "TODO";
            case "done" -> "DONE";
            default -> "IN_PROGRESS";
        };
    }
}
