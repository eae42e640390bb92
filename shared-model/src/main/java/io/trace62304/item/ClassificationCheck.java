package io.trace62304.item;

import io.trace62304.item.ItemSet.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the written classes that are lower than the standard allows: a software item below the class of a risk
 * control it implements (7.2.2b), and an item whose written Safety Class is below its derived class, which Jira
 * would use to choose the workflow rules while the gate applies the derived class's (4.3).
 */
final class ClassificationCheck {
    private ClassificationCheck() {}

    static List<ClassIssue> check(
            final ItemGraph graph, final Map<String, Classification> classes, final ClassificationProfile profile) {
        List<ClassIssue> issues = new ArrayList<>();
        for (Item item : graph.items()) {
            if (item.type() == ItemType.RISK_CONTROL) {
                controlImplementers(graph, classes, item, profile, issues);
            }
            writtenBelowDerived(item, classes.get(item.key()), profile).ifPresent(issues::add);
        }
        return issues;
    }

    private static void controlImplementers(
            final ItemGraph graph,
            final Map<String, Classification> classes,
            final Item control,
            final ClassificationProfile profile,
            final List<ClassIssue> issues) {
        ControlledRisk risk = ControlledRisk.of(graph, control);
        SafetyClass least = profile.forRiskControl(risk.safetyClass());
        boolean fromRisk = least == risk.safetyClass();
        for (Item software : graph.implementersOf(control.key())) {
            SafetyClass actual = classes.get(software.key()).safetyClass();
            if (actual.compareTo(least) < 0) {
                String why = fromRisk
                        ? "7.2.2b asks that its class come from the risk the control controls: " + profile.name(least)
                                + " or higher (4.3b: only risk control external to the software may lower it)"
                        : profile.riskControlClause() + " (" + profile.edition() + ")";
                issues.add(new ClassIssue(
                        software.key(),
                        actual,
                        profile.name(least) + " or higher, as it implements risk control " + control.key(),
                        software.key() + " (" + software.type().displayName() + ", " + profile.name(actual)
                                + ") contributes to risk control " + control.key() + ", which controls " + risk.why()
                                + "; " + why));
            }
        }
    }

    private static Optional<ClassIssue> writtenBelowDerived(
            final Item item, final Classification derived, final ClassificationProfile profile) {
        if (item.type() == ItemType.HAZARD) {
            return Optional.empty();
        }
        Optional<SafetyClass> written = SafetyClassification.explicit(item);
        if (written.isEmpty() || written.get().compareTo(derived.safetyClass()) >= 0) {
            return Optional.empty();
        }
        String text = item.field(ItemField.SAFETY_CLASS).orElse("");
        if (item.type().isSoftware()) {
            return Optional.of(new ClassIssue(
                    item.key(),
                    derived.safetyClass(),
                    "a Segregation Rationale for Class " + written.get() + ", or Safety Class " + derived.safetyClass(),
                    item.key() + " (" + item.type().displayName() + ") is written Class " + written.get()
                            + " but is Class " + derived.safetyClass() + " (" + derived.basis() + "); 4.3d keeps a"
                            + " part at its parent's class unless a rationale documents how it is segregated"
                            + " (5.3.5): record a Segregation Rationale or write " + derived.safetyClass()));
        }
        return Optional.of(new ClassIssue(
                item.key(),
                derived.safetyClass(),
                "a Safety Class of " + derived.safetyClass() + " written on it (it says '" + text + "')",
                item.key() + " (" + item.type().displayName() + ") has Safety Class '" + text + "' written on it,"
                        + " but its class is " + derived.safetyClass() + " (" + derived.basis() + "): Jira chooses"
                        + " its workflow rules by the written class, the gate by the derived one; write "
                        + derived.safetyClass() + " (4.3)"));
    }
}
