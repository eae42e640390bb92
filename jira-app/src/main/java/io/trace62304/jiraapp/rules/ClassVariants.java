package io.trace62304.jiraapp.rules;

import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A transition's class rules as Jira Cloud's built-in workflow rules can carry them, without the Forge app: the
 * classes held to the same built-in rules share one variant of the transition, shown only to issues of those
 * classes by a condition on the Safety Class option, with Jira's field-required validator and separation-of-duties
 * condition. A transition whose rules are the same for every class stays one transition without a class condition.
 *
 * <p>The variant that holds Class C also takes issues without a class (IEC 62304 4.3, fail-safe): its condition is
 * "Safety Class is none of the other variants' classes". Rules no built-in rule expresses ("has an inward Verifies
 * link") are not here: the Forge validator or the release gate enforces them.
 */
public final class ClassVariants {
    private static final List<String> CLASSES = List.of("A", "B", "C");

    private ClassVariants() {}

    /**
     * One variant of a transition.
     *
     * @param name           the transition's name, with "(Class …)" when the transition is split
     * @param classes        the classes it is for; all three when the transition is not split
     * @param requiredFields the fields that must have a value, by name
     * @param separateFrom   the transitions whose user may not make this one (independent verification)
     */
    public record Variant(
            String name, List<String> classes, List<String> requiredFields, List<Scheme.Transition> separateFrom) {
        public Variant {
            classes = List.copyOf(classes);
            requiredFields = List.copyOf(requiredFields);
            separateFrom = List.copyOf(separateFrom);
        }

        /** Whether a Safety Class condition gates it (the transition is split). */
        public boolean conditional() {
            return classes.size() < CLASSES.size();
        }

        /** Whether it also takes issues without a safety class: the one that holds Class C. */
        public boolean takesUnclassified() {
            return classes.contains("C");
        }

        /** The classes its condition names: its own, or, for the fail-safe variant, those it excludes. */
        public List<String> conditionClasses() {
            return takesUnclassified()
                    ? CLASSES.stream().filter(c -> !classes.contains(c)).toList()
                    : classes;
        }
    }

    /** The transition's variants, in class order. */
    public static List<Variant> of(final Scheme.Workflow workflow, final Scheme.Transition transition) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Obligations> obligations = new LinkedHashMap<>();
        for (String safetyClass : CLASSES) {
            Obligations owed = Obligations.of(workflow, transition, safetyClass);
            groups.computeIfAbsent(owed.key(), k -> new ArrayList<>()).add(safetyClass);
            obligations.putIfAbsent(owed.key(), owed);
        }
        List<Variant> variants = new ArrayList<>();
        groups.forEach((key, classes) -> variants.add(new Variant(
                groups.size() == 1
                        ? transition.name()
                        : transition.name() + " (Class " + String.join(", ", classes) + ")",
                classes,
                obligations.get(key).fields(),
                obligations.get(key).separateFrom())));
        return variants;
    }

    /** Whether a built-in rule carries the rule: fields required, or separation of duties. */
    public static boolean builtIn(final Rule rule) {
        return rule instanceof Rule.RequireFields || rule instanceof Rule.SeparateFrom;
    }

    /** The built-in rules one class is held to on a transition. */
    private record Obligations(List<String> fields, List<Scheme.Transition> separateFrom) {
        static Obligations of(
                final Scheme.Workflow workflow, final Scheme.Transition transition, final String safetyClass) {
            TreeSet<String> fields = new TreeSet<>();
            List<Scheme.Transition> separate = new ArrayList<>();
            for (Rule rule : transition.rules()) {
                if (!rule.appliesTo(safetyClass)) {
                    continue;
                }
                if (rule instanceof Rule.RequireFields r) {
                    fields.addAll(r.fields());
                } else if (rule instanceof Rule.SeparateFrom r) {
                    workflow.transitions().stream()
                            .filter(t -> t.name().equals(r.transition()))
                            .findFirst()
                            .filter(t -> !separate.contains(t))
                            .ifPresent(separate::add);
                }
            }
            return new Obligations(List.copyOf(fields), separate);
        }

        String key() {
            return fields + "|"
                    + separateFrom.stream().map(Scheme.Transition::name).toList();
        }
    }
}
