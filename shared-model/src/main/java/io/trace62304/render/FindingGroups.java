package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.gate.Finding;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Level;
import io.trace62304.gate.RuleResult;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's findings grouped by rule (in the policy's order), by the safety class of the item each concerns (C, B,
 * A, then hazards, then what is not an item: a file, a component, a test) and by level (error, fail, warning), so a
 * reader sees at once how many Class C requirements a rule found unverified before reading any row.
 */
final class FindingGroups {
    /** The findings of one rule, at one level, about items of one class. */
    record Group(RuleResult rule, String classLabel, Level level, List<Finding> findings) {}

    private static final String HAZARD = "hazards";
    private static final String NOT_AN_ITEM = "not an item (file, component or test)";

    private FindingGroups() {}

    static List<Group> of(final GateResult result, final Baseline baseline) {
        Map<String, ItemState> items = new HashMap<>();
        baseline.items().forEach(item -> items.put(item.key(), item));
        ClassificationProfile profile = result.policy().profile();
        List<Group> groups = new ArrayList<>();
        for (RuleResult rule : result.rules()) {
            Map<SafetyClass, List<Finding>> byClass = new EnumMap<>(SafetyClass.class);
            Map<String, List<Finding>> other = new LinkedHashMap<>();
            other.put(HAZARD, new ArrayList<>());
            other.put(NOT_AN_ITEM, new ArrayList<>());
            for (Finding finding : rule.findings()) {
                ItemState item = items.get(finding.item());
                if (item == null || (item.safetyClass().isEmpty() && !item.isHazard())) {
                    other.get(NOT_AN_ITEM).add(finding);
                } else if (item.isHazard()) {
                    other.get(HAZARD).add(finding);
                } else {
                    byClass.computeIfAbsent(SafetyClass.valueOf(item.safetyClass()), c -> new ArrayList<>())
                            .add(finding);
                }
            }
            for (SafetyClass safetyClass : List.of(SafetyClass.C, SafetyClass.B, SafetyClass.A)) {
                List<Finding> found = byClass.get(safetyClass);
                if (found != null) {
                    byLevel(groups, rule, profile.name(safetyClass), found);
                }
            }
            other.forEach((label, found) -> byLevel(groups, rule, label, found));
        }
        return groups;
    }

    private static void byLevel(
            final List<Group> groups, final RuleResult rule, final String label, final List<Finding> findings) {
        for (Level level : Level.values()) {
            List<Finding> found =
                    findings.stream().filter(f -> f.level() == level).toList();
            if (!found.isEmpty()) {
                groups.add(new Group(rule, label, level, found));
            }
        }
    }
}
