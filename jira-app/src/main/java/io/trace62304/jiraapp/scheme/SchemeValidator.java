package io.trace62304.jiraapp.scheme;

import io.trace62304.json.JsonFields;
import io.trace62304.report.ReportException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Checks a scheme as a whole: unique names, option lists, and every reference between its parts. */
final class SchemeValidator {
    private final JsonFields json;

    SchemeValidator(final JsonFields json) {
        this.json = json;
    }

    void validate(final Scheme scheme) throws ReportException {
        unique(scheme.issueTypes(), Scheme.IssueType::name, "/issueTypes");
        unique(scheme.fields(), Scheme.Field::name, "/fields");
        unique(scheme.linkTypes(), Scheme.LinkType::name, "/linkTypes");
        unique(scheme.statuses(), Scheme.Status::name, "/statuses");
        unique(scheme.workflows(), Scheme.Workflow::name, "/workflows");
        Set<String> types = names(scheme.issueTypes(), Scheme.IssueType::name);
        fields(scheme, types);
        Scheme.Field safetyClass = scheme.field(Scheme.SAFETY_CLASS)
                .orElseThrow(() -> json.error(
                        "/fields",
                        "the scheme needs a '" + Scheme.SAFETY_CLASS + "' field: the workflow rules depend on it"));
        if (safetyClass.kind() != FieldKind.SELECT
                || !Set.copyOf(safetyClass.options()).equals(Rule.ALL_CLASSES)) {
            throw json.error(
                    "/fields/" + scheme.fields().indexOf(safetyClass),
                    "'" + Scheme.SAFETY_CLASS + "' must be a select with exactly the options A, B and C");
        }
        Set<String> covered = new HashSet<>();
        for (int w = 0; w < scheme.workflows().size(); w++) {
            workflow(scheme, scheme.workflows().get(w), "/workflows/" + w, types, covered);
        }
    }

    private void fields(final Scheme scheme, final Set<String> types) throws ReportException {
        for (int i = 0; i < scheme.fields().size(); i++) {
            Scheme.Field field = scheme.fields().get(i);
            String pointer = "/fields/" + i;
            if (field.kind().hasOptions() == field.options().isEmpty()) {
                throw json.error(
                        pointer + "/options",
                        field.kind().hasOptions() ? "a select field needs options" : "only select fields have options");
            }
            unique(field.options(), Function.identity(), pointer + "/options");
            known(field.issueTypes(), types, pointer + "/issueTypes", "issue type");
        }
    }

    private void workflow(
            final Scheme scheme,
            final Scheme.Workflow workflow,
            final String pointer,
            final Set<String> types,
            final Set<String> covered)
            throws ReportException {
        known(workflow.issueTypes(), types, pointer + "/issueTypes", "issue type");
        for (String type : workflow.issueTypes()) {
            if (!covered.add(key(type))) {
                throw json.error(pointer + "/issueTypes", "'" + type + "' already has a workflow");
            }
        }
        Set<String> statuses = names(scheme.statuses(), Scheme.Status::name);
        known(List.of(workflow.initial()), statuses, pointer + "/initial", "status");
        unique(workflow.transitions(), Scheme.Transition::name, pointer + "/transitions");
        Set<String> transitions = names(workflow.transitions(), Scheme.Transition::name);
        for (int t = 0; t < workflow.transitions().size(); t++) {
            Scheme.Transition transition = workflow.transitions().get(t);
            String at = pointer + "/transitions/" + t;
            known(transition.from(), statuses, at + "/from", "status");
            known(List.of(transition.to()), statuses, at + "/to", "status");
            if (!transition.resolution().isEmpty()
                    && scheme.status(transition.to()).orElseThrow().category() != Scheme.Status.Category.DONE) {
                throw json.error(
                        at + "/resolution",
                        "a Resolution is set only by a transition to a done status; '" + transition.to() + "' is not");
            }
            for (int r = 0; r < transition.rules().size(); r++) {
                rule(scheme, transition.rules().get(r), at + "/rules/" + r, transitions);
            }
        }
    }

    private void rule(final Scheme scheme, final Rule rule, final String pointer, final Set<String> transitions)
            throws ReportException {
        known(rule.classes(), Rule.ALL_CLASSES, pointer + "/classes", "safety class");
        if (rule instanceof Rule.RequireFields r) {
            known(r.fields(), names(scheme.fields(), Scheme.Field::name), pointer + "/require", "field");
        } else if (rule instanceof Rule.RequireLink r) {
            known(
                    List.of(r.type()),
                    names(scheme.linkTypes(), Scheme.LinkType::name),
                    pointer + "/requireLink/type",
                    "link type");
        } else if (rule instanceof Rule.SeparateFrom r) {
            known(List.of(r.transition()), transitions, pointer + "/separateFrom", "transition of this workflow");
        }
    }

    private <T> void unique(final List<T> entries, final Function<T, String> name, final String pointer)
            throws ReportException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(key(name.apply(entries.get(i))))) {
                throw json.error(pointer + "/" + i, "'" + name.apply(entries.get(i)) + "' appears twice");
            }
        }
    }

    private void known(final List<String> values, final Set<String> known, final String pointer, final String what)
            throws ReportException {
        Set<String> lower = new HashSet<>();
        known.forEach(k -> lower.add(key(k)));
        for (String value : values) {
            if (!lower.contains(key(value))) {
                throw json.error(pointer, "unknown " + what + " '" + value + "'");
            }
        }
    }

    private static <T> Set<String> names(final List<T> entries, final Function<T, String> name) {
        Set<String> names = new HashSet<>();
        entries.forEach(e -> names.add(name.apply(e)));
        return names;
    }

    private static String key(final String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
