package io.trace62304.jiraapp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jiraapp.rules.ClassVariants.Variant;
import io.trace62304.jiraapp.scheme.Rule;
import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.jiraapp.scheme.SchemeLoader;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The class rules as built-in rules: every issue sees exactly one variant, held to exactly its class's rules. */
class ClassVariantsTest {
    private static final Scheme SCHEME = new SchemeLoader().defaults();

    @Test
    void shouldSplitCloseIntoOneVariantPerRuleSetWithTheUnclassifiedHeldToClassC() {
        Scheme.Workflow problems = SCHEME.workflows().get(0);
        Scheme.Transition close = transition(problems, "Close");

        List<Variant> variants = ClassVariants.of(problems, close);

        assertThat(variants).extracting(Variant::name).containsExactly("Close (Class A, B)", "Close (Class C)");
        assertThat(variants.get(0).requiredFields())
                .as("Clause 9 applies to Class A since Amendment 1")
                .containsExactly("Risk Evaluation", "Root Cause");
        assertThat(variants.get(0).separateFrom()).isEmpty();
        assertThat(variants.get(1).requiredFields()).containsExactly("Risk Evaluation", "Root Cause");
        assertThat(variants.get(1).separateFrom())
                .extracting(Scheme.Transition::name)
                .containsExactly("Verify");
        assertThat(variants.get(1).takesUnclassified()).isTrue();
        assertThat(variants.get(1).conditionClasses())
                .as("C: 'Safety Class is not A or B'")
                .containsExactly("A", "B");
        assertThat(variants.get(0).conditionClasses()).containsExactly("A", "B");
    }

    @Test
    void shouldKeepATransitionWhoseRulesAreTheSameForEveryClassWhole() {
        Scheme.Workflow problems = SCHEME.workflows().get(0);

        List<Variant> investigate = ClassVariants.of(problems, transition(problems, "Investigate"));
        List<Variant> verify = ClassVariants.of(problems, transition(problems, "Verify"));
        List<Variant> defer = ClassVariants.of(problems, transition(problems, "Defer"));

        assertThat(investigate).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Investigate");
            assertThat(v.conditional()).isFalse();
            assertThat(v.requiredFields()).containsExactly("Criticality", "Problem Type");
        });
        assertThat(verify)
                .singleElement()
                .satisfies(v -> assertThat(v.conditional()).isFalse());
        assertThat(defer).extracting(Variant::name).containsExactly("Defer (Class A)", "Defer (Class B, C)");
        assertThat(defer.get(0).requiredFields()).containsExactly("Deferral Justification");
        assertThat(defer.get(1).requiredFields()).containsExactly("Deferral Justification", "Risk Evaluation");
    }

    /** For every transition of the shipped scheme and every class (and none): one variant, the class's own rules. */
    @Test
    void shouldHoldEveryIssueToExactlyTheBuiltInRulesOfItsClass() {
        for (Scheme.Workflow workflow : SCHEME.workflows()) {
            for (Scheme.Transition transition : workflow.transitions()) {
                List<Variant> variants = ClassVariants.of(workflow, transition);
                for (String safetyClass : new String[] {"A", "B", "C", ""}) {
                    List<Variant> shown =
                            variants.stream().filter(v -> shown(v, safetyClass)).toList();
                    TreeSet<String> owed = new TreeSet<>();
                    transition.rules().stream()
                            .filter(r -> r instanceof Rule.RequireFields && r.appliesTo(safetyClass))
                            .forEach(r -> owed.addAll(((Rule.RequireFields) r).fields()));
                    long separations = transition.rules().stream()
                            .filter(r -> r instanceof Rule.SeparateFrom && r.appliesTo(safetyClass))
                            .count();
                    String what = workflow.name() + " / " + transition.name() + " / class '" + safetyClass + "'";
                    assertThat(shown).as(what).hasSize(1);
                    assertThat(shown.get(0).requiredFields()).as(what).containsExactlyElementsOf(owed);
                    assertThat(shown.get(0).separateFrom()).as(what).hasSize((int) separations);
                }
            }
        }
    }

    @Test
    void shouldLeaveOnlyTheLinkRulesToTheForgeAppOrTheGate() {
        assertThat(ClassVariants.builtIn(new Rule.RequireFields(List.of("Root Cause"), List.of("C"))))
                .isTrue();
        assertThat(ClassVariants.builtIn(new Rule.SeparateFrom("Verify", List.of("C"))))
                .isTrue();
        assertThat(ClassVariants.builtIn(
                        new Rule.RequireLink("Verifies", Rule.RequireLink.Direction.INWARD, List.of("C"))))
                .isFalse();
    }

    /** What Jira's check-field-value condition decides: "=" one of the options, "!=" none of them (unset included). */
    private static boolean shown(final Variant variant, final String safetyClass) {
        if (!variant.conditional()) {
            return true;
        }
        boolean named = variant.conditionClasses().contains(safetyClass);
        return variant.takesUnclassified() ? !named : named;
    }

    private static Scheme.Transition transition(final Scheme.Workflow workflow, final String name) {
        return workflow.transitions().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
