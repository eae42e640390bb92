package io.trace62304.jiraapp.rules;

import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place the class-based rules become Jira expressions, for the Forge app's expression-only workflow
 * validator (jira-app/forge): per transition, one expression that is {@code true} when every rule that applies to
 * the safety class holds, and otherwise the message of the first one that does not (Jira shows a string
 * result as the error). An issue without a safety class is held to Class C's rules.
 *
 * <p>Only a small subset of the language is used: string and list literals, {@code ==}, {@code !=}, {@code &&},
 * {@code ? :}, member access, {@code includes}, {@code some} and {@code every} with arrow functions.
 */
public final class ExpressionCompiler {
    private final Map<String, String> fieldIds;
    private final Map<String, String> statusIds;

    /**
     * @param fieldIds  the site's custom field ids by field name ({@code customfield_10100})
     * @param statusIds the site's status ids by status name
     */
    public ExpressionCompiler(final Map<String, String> fieldIds, final Map<String, String> statusIds) {
        this.fieldIds = Map.copyOf(fieldIds);
        this.statusIds = Map.copyOf(statusIds);
    }

    /** The validator expression of a transition, or {@code true} when it has no rules. */
    public String compile(final Scheme.Workflow workflow, final Scheme.Transition transition) {
        if (transition.rules().isEmpty()) {
            return "true";
        }
        String safetyClass = "(issue." + field(Scheme.SAFETY_CLASS) + " == null ? 'C' : issue."
                + field(Scheme.SAFETY_CLASS) + ".value)";
        String expression = "true";
        List<Rule> rules = new ArrayList<>(transition.rules());
        java.util.Collections.reverse(rules);
        for (Rule rule : rules) {
            String applies =
                    rule.classes().isEmpty() ? "true" : list(rule.classes()) + ".includes(" + safetyClass + ")";
            String message = "IEC 62304 (" + transition.name() + "): " + rule.describe();
            expression =
                    "(" + applies + " && !(" + holds(rule, workflow) + ")) ? " + string(message) + " : " + expression;
        }
        return expression;
    }

    private String holds(final Rule rule, final Scheme.Workflow workflow) {
        if (rule instanceof Rule.RequireFields r) {
            return r.fields().stream()
                    .map(f -> "issue." + field(f) + " != null")
                    .collect(Collectors.joining(" && "));
        }
        if (rule instanceof Rule.RequireLink r) {
            return "issue.links.some(link => link.type.name == " + string(r.type()) + " && link.direction == "
                    + string(r.direction().name().toLowerCase(java.util.Locale.ROOT)) + ")";
        }
        Rule.SeparateFrom r = (Rule.SeparateFrom) rule;
        String to = workflow.transitions().stream()
                .filter(t -> t.name().equals(r.transition()))
                .findFirst()
                .orElseThrow()
                .to();
        return "issue.changelogs.every(change => !change.items.some(item => item.field == 'status' && item.to == "
                + string(status(to)) + ") || change.author.accountId != user.accountId)";
    }

    private String field(final String name) {
        String id = fieldIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("field '" + name + "' is not on the site: provision the scheme first");
        }
        return id;
    }

    private String status(final String name) {
        String id = statusIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("status '" + name + "' is not on the site: provision the scheme first");
        }
        return id;
    }

    private static String list(final List<String> values) {
        return values.stream().map(ExpressionCompiler::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A single-quoted expression string literal. */
    static String string(final String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
