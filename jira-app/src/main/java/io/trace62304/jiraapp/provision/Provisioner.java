package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraAdmin;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code plan}, {@code apply} and {@code verify} of the scheme on one site and project. Apply creates in
 * dependency order (issue types, fields and their options, link types, statuses) and records each object in the
 * manifest as pending before creating it and by id after, so a second apply makes no write and an interrupted one
 * is completed without duplicates by the next.
 */
public final class Provisioner {
    private final JiraClient client;
    private final JiraAdmin admin;
    private final Scheme scheme;
    private final String project;
    private final Consumer<String> progress;

    private final String forgeExtension;

    /**
     * @param forgeExtension the extension ARI of the installed Forge validator (Cloud), or empty when it is not
     *                       installed: class-dependent rules are then left to the release gate
     */
    public Provisioner(
            final JiraClient client,
            final Scheme scheme,
            final String project,
            final String forgeExtension,
            final Consumer<String> progress) {
        this.client = client;
        this.admin = client.admin();
        this.scheme = scheme;
        this.project = project;
        this.forgeExtension = forgeExtension;
        this.progress = progress;
    }

    public Flavour flavour() {
        return client.flavour();
    }

    /** Reads the site and says what apply would do; writes nothing. */
    public Plan plan() throws JiraException {
        return new Planner(scheme, read(), forgeExtension, project)
                .plan(client.site() + " ("
                        + client.flavour()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + "), project " + project);
    }

    /**
     * Makes the site as the scheme says, as far as its REST API allows.
     *
     * @return the plan that was carried out
     * @throws ProvisioningException if the plan has blockers; nothing is written then
     * @throws JiraException         if Jira refuses or fails a call; what was done is recorded, run again to finish
     */
    public Plan apply() throws JiraException, ProvisioningException {
        SiteState site = read();
        Plan plan = new Planner(scheme, site, forgeExtension, project).plan(client.site() + ", project " + project);
        if (!plan.blockers().isEmpty()) {
            throw new ProvisioningException(plan);
        }
        Manifest saved = site.manifestOrEmpty();
        Manifest manifest = saved;
        Map<String, String> created = new HashMap<>();
        Ids ids = new Ids(plan, created);
        for (Kind kind : Kind.values()) {
            List<Action> phase =
                    plan.actions().stream().filter(a -> a.kind() == kind).toList();
            for (Action action : phase) {
                if (action.verb() == Verb.CREATE
                        || action.verb() == Verb.KEEP
                                && kind != Kind.FIELD_OPTIONS
                                && kind != Kind.SCREEN_FIELDS
                                && kind != Kind.PROJECT) {
                    manifest = manifest.with(
                            kind,
                            action.name(),
                            action.verb() == Verb.CREATE ? Manifest.PENDING : action.id(),
                            scheme.version());
                }
            }
            saved = save(saved, manifest);
            for (Action action : phase) {
                if (action.verb() == Verb.CREATE) {
                    progress.accept("creating " + kind.label() + " " + action.name());
                    String id = create(action, ids, site);
                    created.put(Ids.key(kind, action.name()), id);
                    manifest = manifest.with(kind, action.name(), id, scheme.version());
                } else if (action.verb() == Verb.UPDATE) {
                    progress.accept("updating workflow " + action.name());
                    updateWorkflow(action.name(), ids, site);
                } else if (action.verb() == Verb.ADD && kind == Kind.SCREEN_FIELDS) {
                    progress.accept("adding fields to screen " + action.name());
                    screens(ids).addFields(action.name(), site.screens().getOrDefault(action.name(), AppScreen.ABSENT));
                } else if (action.verb() == Verb.ADD && kind == Kind.ISSUE_TYPE_SCREEN_SCHEME) {
                    progress.accept("mapping issue types to their screens in " + action.name());
                    screens(ids)
                            .addMappings(
                                    action.id(),
                                    site.cloud().orElseThrow().screens().mappings());
                } else if (action.verb() == Verb.ADD) {
                    progress.accept("adding options to " + action.name());
                    addOptions(action, ids.id(Kind.FIELD, action.name()), site);
                } else if (action.verb() == Verb.ASSIGN && client.flavour() == Flavour.DATA_CENTER) {
                    progress.accept("switching project " + project + " to the app's issue type scheme");
                    admin.dataCenterIssueTypeSchemes()
                            .associate(ids.id(Kind.ISSUE_TYPE_SCHEME, Scheme.ISSUE_TYPE_SCHEME), project);
                } else if (action.verb() == Verb.ASSIGN) {
                    progress.accept("switching project " + project + " to the app's schemes");
                    admin.workflows()
                            .assignIssueTypeScheme(
                                    ids.id(Kind.ISSUE_TYPE_SCHEME, Scheme.ISSUE_TYPE_SCHEME), action.id());
                    admin.workflows()
                            .assignWorkflowScheme(ids.id(Kind.WORKFLOW_SCHEME, Scheme.WORKFLOW_SCHEME), action.id());
                    admin.screens()
                            .assignIssueTypeScreenScheme(
                                    ids.id(Kind.ISSUE_TYPE_SCREEN_SCHEME, Scheme.SCREEN), action.id());
                }
            }
            saved = save(saved, manifest);
        }
        return plan;
    }

    /** The site's statuses by name, with their ids (for Data Center's workflow XML). */
    public Map<String, String> statusIds() throws JiraException {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        admin.statuses()
                .forEach(status -> ids.putIfAbsent(
                        status.path("name").asText(), status.path("id").asText()));
        return ids;
    }

    private String create(final Action action, final Ids ids, final SiteState site) throws JiraException {
        JsonNode answer = switch (action.kind()) {
            case ISSUE_TYPE ->
                admin.createIssueType(
                        action.name(),
                        described(scheme.issueTypes().stream()
                                .filter(t -> t.name().equals(action.name()))
                                .findFirst()
                                .orElseThrow()
                                .description()));
            case FIELD -> {
                Scheme.Field field = scheme.field(action.name()).orElseThrow();
                yield admin.createField(
                        field.name(),
                        described(field.description()),
                        field.kind().typeKey(),
                        field.kind().searcherKey());
            }
            case LINK_TYPE -> {
                Scheme.LinkType type = scheme.linkTypes().stream()
                        .filter(t -> t.name().equals(action.name()))
                        .findFirst()
                        .orElseThrow();
                yield admin.createLinkType(type.name(), type.outward(), type.inward());
            }
            case STATUS -> {
                Scheme.Status status = scheme.status(action.name()).orElseThrow();
                yield admin.createStatuses(List.<String[]>of(
                                new String[] {status.name(), status.category().name(), described(status.description())
                                }))
                        .get(0);
            }
            case WORKFLOW -> createWorkflow(action.name(), ids, site);
            case SCREEN -> admin.screens().createScreen(action.name(), described("The IEC 62304 fields."));
            case SCREEN_SCHEME ->
                admin.screens()
                        .createScreenScheme(
                                action.name(), described("The IEC 62304 screen."), ids.id(Kind.SCREEN, action.name()));
            case ISSUE_TYPE_SCREEN_SCHEME ->
                screens(ids)
                        .createIssueTypeScreenScheme(
                                described("Each IEC 62304 issue " + "type's own screen; every field for the others."));
            case ISSUE_TYPE_SCHEME -> {
                List<String> types = scheme.issueTypes().stream()
                        .map(t -> ids.id(Kind.ISSUE_TYPE, t.name()))
                        .toList();
                String description = described("The IEC 62304 issue types.");
                yield client.flavour() == Flavour.DATA_CENTER
                        ? admin.dataCenterIssueTypeSchemes().create(action.name(), description, types)
                        : admin.workflows().createIssueTypeScheme(action.name(), description, types);
            }
            case WORKFLOW_SCHEME -> {
                Map<String, String> mappings = scheme.workflowMappings(t -> ids.id(Kind.ISSUE_TYPE, t));
                String description = described("The IEC 62304 workflows.");
                yield client.flavour() == Flavour.DATA_CENTER
                        ? admin.dataCenterWorkflowSchemes().create(action.name(), description, mappings)
                        : admin.workflows().createWorkflowScheme(action.name(), description, mappings);
            }
            default -> throw new IllegalStateException(action.kind() + " is not created over REST");
        };
        return answer.has("issueTypeSchemeId")
                ? answer.path("issueTypeSchemeId").asText()
                : answer.path("id").asText();
    }

    /** Validates the workflow with Jira first, then creates it. */
    private JsonNode createWorkflow(final String name, final Ids ids, final SiteState site) throws JiraException {
        JsonNode request = payload(ids, site).request(List.of(workflow(name)));
        refused("create", admin.workflows().validateWorkflows(request));
        return admin.workflows().createWorkflows(request).get(0);
    }

    /** Validates the update with Jira first (it checks the version read), then replaces the workflow. */
    private void updateWorkflow(final String name, final Ids ids, final SiteState site) throws JiraException {
        JsonNode current = site.cloud().orElseThrow().workflow(name).orElseThrow();
        JsonNode request = payload(ids, site).update(workflow(name), current);
        refused("update", admin.workflows().validateWorkflowUpdate(request));
        admin.workflows().updateWorkflows(request);
    }

    private WorkflowPayload payload(final Ids ids, final SiteState site) throws JiraException {
        Map<String, String> statusIds = new java.util.LinkedHashMap<>();
        scheme.statuses().forEach(s -> statusIds.put(s.name(), ids.id(Kind.STATUS, s.name())));
        Map<String, String> fieldIds = new java.util.LinkedHashMap<>();
        scheme.fields().forEach(f -> fieldIds.put(f.name(), ids.id(Kind.FIELD, f.name())));
        Map<String, String> resolutionIds = new java.util.LinkedHashMap<>();
        scheme.resolutions().forEach(r -> resolutionIds.put(r, ids.id(Kind.RESOLUTION, r)));
        return new WorkflowPayload(
                scheme,
                statusIds,
                fieldIds,
                resolutionIds,
                classOptions(fieldIds.get(Scheme.SAFETY_CLASS), site),
                forgeExtension);
    }

    /** The Safety Class options' ids: as read, or, when this apply added them, read again from their context. */
    private Map<String, String> classOptions(final String fieldId, final SiteState site) throws JiraException {
        if (site.classOptions().keySet().containsAll(Rule.ALL_CLASSES)) {
            return site.classOptions();
        }
        return SiteState.appOptions(admin, fieldId, context -> {});
    }

    private Scheme.Workflow workflow(final String name) {
        return scheme.workflows().stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void refused(final String what, final List<JsonNode> problems) throws JiraException {
        if (!problems.isEmpty()) {
            throw new JiraException(
                    JiraException.Kind.BAD_REQUEST,
                    "POST /rest/api/3/workflows/" + what + "/validation",
                    200,
                    problems.stream().map(p -> p.path("message").asText()).toList(),
                    null);
        }
    }

    /** The ids of the plan's objects: found on the site, or created by this apply. */
    private record Ids(Plan plan, Map<String, String> created) {
        static String key(final Kind kind, final String name) {
            return kind + "/" + name;
        }

        String id(final Kind kind, final String name) {
            String id = created.get(key(kind, name));
            if (id != null) {
                return id;
            }
            return plan.actions().stream()
                    .filter(a -> a.kind() == kind && a.name().equalsIgnoreCase(name) && !a.id().isEmpty())
                    .map(Action::id)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException(kind.label() + " '" + name + "' has no id on the site"));
        }
    }

    private ScreenWriter screens(final Ids ids) {
        return new ScreenWriter(
                admin.screens(), ScreenPlanner.specs(scheme, client.flavour() == Flavour.CLOUD), ids::id);
    }

    /**
     * Adds a select field's missing options to its context: the one read with the site, or, for a field this apply
     * created, the default global context Jira Cloud gave it ("Default Configuration Scheme for …"), read now. A field
     * can have only one global context, so one is created only when the field has none (issue 16, defect 1). Its
     * scope stays global: the field serves every project that uses the scheme, and under Field Schemes a context
     * does not decide where a field shows anyway.
     */
    private void addOptions(final Action action, final String fieldId, final SiteState site) throws JiraException {
        Scheme.Field field = scheme.field(action.name()).orElseThrow();
        String context = site.contexts().get(field.name());
        List<String> present = site.optionValues(field.name());
        if (context == null) {
            List<String> found = new java.util.ArrayList<>();
            present =
                    List.copyOf(SiteState.appOptions(admin, fieldId, found::add).keySet());
            context = found.isEmpty()
                    ? admin.createContext(fieldId, SiteState.CONTEXT, List.of())
                            .path("id")
                            .asText()
                    : found.get(0);
        }
        List<String> had = present;
        admin.addOptions(
                fieldId,
                context,
                field.options().stream().filter(o -> !had.contains(o)).toList());
    }

    private Manifest save(final Manifest before, final Manifest after) throws JiraException {
        if (!after.equals(before)) {
            admin.setProjectProperty(project, Manifest.PROPERTY, after.toJson());
        }
        return after;
    }

    private SiteState read() throws JiraException {
        return SiteState.read(admin, client.project(project), project, scheme);
    }

    private static String described(final String description) {
        return (description.isEmpty() ? "" : description + " ") + Scheme.MARKER;
    }
}
