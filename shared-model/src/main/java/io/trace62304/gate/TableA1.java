package io.trace62304.gate;

import io.trace62304.item.SafetyClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The floor IEC 62304:2006+A1:2015 Table A.1 sets: for each rule, the safety classes for which the clauses it
 * serves are required. A rule not listed here is a QMS criterion (a choice of the manufacturer's quality system,
 * beyond the standard) and its clause says so. A policy may go below the floor; the gate then still decides, and
 * every output names each weakened rule ({@link BelowMinimum}).
 */
final class TableA1 {
    /** The edition the floor is taken from, as outputs name it. */
    static final String EDITION = "IEC 62304 A1:2015";

    private static final Set<SafetyClass> ALL = EnumSet.allOf(SafetyClass.class);
    private static final Set<SafetyClass> B_AND_C = EnumSet.of(SafetyClass.B, SafetyClass.C);
    private static final Map<String, Set<SafetyClass>> REQUIRED = Map.ofEntries(
            Map.entry("inputs-readable", ALL), // 5.8.1
            Map.entry("tests-recorded", ALL), // 5.7.5, 5.8.4
            Map.entry("release-record", ALL), // 5.8.4, 5.8.8, 8.1.3 (5.1.10 at B, C)
            Map.entry("soup-identified", ALL), // 8.1.2
            Map.entry("component-source-present", B_AND_C), // 7.1.2 (B, C): SOUP as a cause; 8.1.2 needs the list
            Map.entry("items-approved", ALL), // 5.2.6, 8.1.2 (A, B, C); 7.3 for risk controls
            Map.entry("vulnerabilities-assessed", B_AND_C), // 7.1.3
            Map.entry("soup-anomalies-reviewed", B_AND_C), // 7.1.3
            Map.entry("exploitable-vulnerabilities", B_AND_C), // 5.8.3, 7.1.3
            Map.entry("vulnerabilities-evaluated", B_AND_C), // 5.8.3, 7.1.3 (5.8.2 lists them at every class)
            Map.entry("deferral-justified", ALL), // 9.2d
            Map.entry("anomalies-evaluated", B_AND_C), // 5.8.3
            Map.entry("failing-tests", ALL), // 5.7.2, 5.7.4c, 5.8.1 (5.6.8 at B, C)
            Map.entry("risk-controls-verified", B_AND_C), // 7.3.1
            Map.entry("requirements-verified", ALL), // 5.7.1, 5.7.4
            Map.entry("closed-problem-reports-complete", ALL), // 9.2, 9.5, 9.7
            Map.entry("classification-consistent", ALL)); // 4.3 (Table A.1 row 4, all classes), 7.2.2b

    private TableA1() {}

    /** The classes for which Table A.1 requires what the rule checks; empty for a QMS criterion. */
    static Set<SafetyClass> required(final String ruleId) {
        return REQUIRED.getOrDefault(ruleId, Set.of());
    }

    /**
     * What a rule's findings cite under these settings: its clause, with "QMS criterion at Class …" added for
     * the classes the policy checks beyond the floor.
     */
    static String citation(final Rule rule, final RuleSettings settings) {
        Set<SafetyClass> required = required(rule.id());
        if (required.isEmpty()) {
            return rule.clause();
        }
        Set<SafetyClass> beyond = EnumSet.noneOf(SafetyClass.class);
        settings.classes().stream().filter(c -> !required.contains(c)).forEach(beyond::add);
        return beyond.isEmpty() ? rule.clause() : rule.clause() + "; QMS criterion at Class " + names(beyond);
    }

    /** How a rule's settings fall below the floor, if they do. */
    static Optional<BelowMinimum> belowMinimum(final Rule rule, final RuleSettings settings) {
        Set<SafetyClass> required = required(rule.id());
        if (required.isEmpty()) {
            return Optional.empty();
        }
        if (!settings.enabled()) {
            return Optional.of(new BelowMinimum(rule.id(), required, "disabled"));
        }
        Set<SafetyClass> unchecked = EnumSet.noneOf(SafetyClass.class);
        required.stream().filter(c -> !settings.appliesTo(c)).forEach(unchecked::add);
        if (!unchecked.isEmpty()) {
            return Optional.of(
                    new BelowMinimum(rule.id(), unchecked, "not applied (classes " + names(settings.classes()) + ")"));
        }
        if (settings.severity() == Level.WARNING) {
            return Optional.of(new BelowMinimum(rule.id(), required, "only warns (severity: warning)"));
        }
        return rule.weakening(settings).map(what -> new BelowMinimum(rule.id(), required, what));
    }

    /** Every way a policy falls below the floor, in rule order. */
    static List<BelowMinimum> belowMinimum(final Policy policy) {
        return Rules.all().stream()
                .map(rule -> belowMinimum(rule, policy.settings(rule.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    static String names(final Set<SafetyClass> classes) {
        return classes.isEmpty()
                ? "none"
                : classes.stream().sorted().map(SafetyClass::name).collect(Collectors.joining(", "));
    }
}
