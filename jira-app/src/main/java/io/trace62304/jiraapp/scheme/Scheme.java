package io.trace62304.jiraapp.scheme;

import java.util.List;
import java.util.Optional;

/**
 * Everything the Jira app installs, as data (docs/jira-app.md): issue types, custom fields, link types, statuses
 * and workflows whose transition rules depend on the software safety class (IEC 62304 4.3).
 *
 * @param version    the scheme's version; the provisioning manifest records it
 * @param issueTypes the 62304 issue types
 * @param fields     the custom fields
 * @param linkTypes  the link types
 * @param statuses   the statuses the workflows use
 * @param workflows  one workflow per group of issue types
 */
public record Scheme(
        int version,
        List<IssueType> issueTypes,
        List<Field> fields,
        List<LinkType> linkTypes,
        List<Status> statuses,
        List<Workflow> workflows) {
    /** What marks the objects the app owns, in their descriptions. */
    public static final String MARKER = "[trace62304:v1]";

    /** The names of the app's issue type scheme, workflow scheme, and screen (also its two screen schemes). */
    public static final String ISSUE_TYPE_SCHEME = "Trace62304: IEC 62304 issue types";

    public static final String WORKFLOW_SCHEME = "Trace62304: IEC 62304 workflows";
    public static final String SCREEN = "Trace62304: IEC 62304";
    /** What the names of the app's screens and screen schemes start with. */
    public static final String SCREEN_PREFIX = "Trace62304: ";

    /** The field whose value the class-based rules test. */
    public static final String SAFETY_CLASS = "Safety Class";

    public Scheme {
        issueTypes = List.copyOf(issueTypes);
        fields = List.copyOf(fields);
        linkTypes = List.copyOf(linkTypes);
        statuses = List.copyOf(statuses);
        workflows = List.copyOf(workflows);
    }

    /** The name of an issue type's own screen (and screen scheme), e.g. "Trace62304: SOUP Item". */
    public static String screenOf(final String issueType) {
        return SCREEN_PREFIX + issueType;
    }

    /** The fields an issue type uses: those for every issue type and those for it. */
    public List<Field> fieldsOf(final String issueType) {
        return fields.stream()
                .filter(f -> f.issueTypes().isEmpty() || f.issueTypes().contains(issueType))
                .toList();
    }

    /** Each issue type's workflow name, by issue type id as the site gives it (for a workflow scheme). */
    public java.util.Map<String, String> workflowMappings(final java.util.function.Function<String, String> typeId) {
        java.util.Map<String, String> mappings = new java.util.TreeMap<>();
        workflows.forEach(w -> w.issueTypes().forEach(t -> mappings.put(typeId.apply(t), w.name())));
        return mappings;
    }

    public Optional<Field> field(final String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The Resolutions the workflows' transitions set, each once, in the order they first appear. */
    public List<String> resolutions() {
        return workflows.stream()
                .flatMap(w -> w.transitions().stream())
                .map(Transition::resolution)
                .filter(r -> !r.isEmpty())
                .distinct()
                .toList();
    }

    public Optional<Status> status(final String name) {
        return statuses.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public record IssueType(String name, String description) {}

    /**
     * @param issueTypes the issue types the field applies to; empty for all of the scheme's
     */
    public record Field(
            String name, FieldKind kind, String description, List<String> options, List<String> issueTypes) {
        public Field {
            options = List.copyOf(options);
            issueTypes = List.copyOf(issueTypes);
        }
    }

    public record LinkType(String name, String outward, String inward) {}

    public record Status(String name, Category category, String description) {
        /** Jira's status categories. */
        public enum Category {
            TODO,
            IN_PROGRESS,
            DONE
        }
    }

    public record Workflow(String name, List<String> issueTypes, String initial, List<Transition> transitions) {
        public Workflow {
            issueTypes = List.copyOf(issueTypes);
            transitions = List.copyOf(transitions);
        }

        /** Every status the workflow uses, initial first. */
        public List<String> statuses() {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            all.add(initial);
            transitions.forEach(t -> {
                all.addAll(t.from());
                all.add(t.to());
            });
            return List.copyOf(all);
        }
    }

    /**
     * A transition and its rules.
     *
     * @param resolution the Resolution the transition sets (e.g. {@code Won't Do} on a closure without action, so the
     *                   release gate reads it as such), or empty when it sets none
     */
    public record Transition(String name, List<String> from, String to, List<Rule> rules, String resolution) {
        public Transition {
            from = List.copyOf(from);
            rules = List.copyOf(rules);
            java.util.Objects.requireNonNull(resolution);
        }

        public Transition(final String name, final List<String> from, final String to, final List<Rule> rules) {
            this(name, from, to, rules, "");
        }
    }
}
