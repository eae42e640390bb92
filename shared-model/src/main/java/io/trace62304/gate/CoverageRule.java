package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.baseline.CoverageSummary;
import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.item.SafetyClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A QMS criterion: unit verification acceptance criteria (5.5.3 leaves them to the manufacturer; IEC 62304 sets
 * no coverage percentage), as coverage thresholds per safety class. Packages take the
 * class of the first {@code packages} glob that matches them ({@code *} within a segment, {@code **} across
 * segments), else the highest class in scope. JaCoCo counts lines, not statements.
 */
final class CoverageRule implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public String clause() {
        return "QMS criterion (5.5.3: acceptance criteria the manufacturer sets)";
    }

    @Override
    public String title() {
        return "code coverage meets the thresholds of each safety class";
    }

    @Override
    public Optional<String> validate(final RuleSettings settings) {
        for (Map.Entry<String, JsonNode> entry : settings.node("thresholds").properties()) {
            if (SafetyClass.parse(entry.getKey()).isEmpty()) {
                return Optional.of("thresholds are keyed by safety class, not '" + entry.getKey() + "'");
            }
            for (Map.Entry<String, JsonNode> threshold : entry.getValue().properties()) {
                if (counter(threshold.getKey()).isEmpty()
                        || !threshold.getValue().isNumber()
                        || threshold.getValue().asDouble() < 0
                        || threshold.getValue().asDouble() > 100) {
                    return Optional.of("a threshold is line, branch or instruction with a percentage 0-100, not '"
                            + threshold.getKey() + ": " + threshold.getValue() + "'");
                }
            }
        }
        for (JsonNode value : settings.node("packages")) {
            Optional<String> problem = PackageClasses.problem(value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    @Override
    public void check(final GateContext context, final RuleSettings settings, final Findings findings) {
        List<SafetyClass> checked = new ArrayList<>();
        for (SafetyClass safetyClass : SafetyClass.values()) {
            if (settings.appliesTo(safetyClass)
                    && !settings.node("thresholds").path(safetyClass.name()).isEmpty()) {
                checked.add(safetyClass);
            }
        }
        if (!context.baseline().coverage().isPresent()) {
            needed(context, settings, checked)
                    .ifPresent(needed -> findings.add(
                            "coverage",
                            "a coverage report",
                            "no coverage report was given, but " + needed + " need coverage thresholds checked"));
            return;
        }
        PackageClasses packages = new PackageClasses(context, settings.node("packages"));
        Map<SafetyClass, Map<CounterType, Counter>> byClass = group(context, packages);
        if (byClass.values().stream().flatMap(c -> c.values().stream()).allMatch(c -> c.total() == 0)) {
            needed(context, settings, checked)
                    .ifPresent(needed -> findings.add(
                            "coverage",
                            "a coverage report that measured the code",
                            "the coverage reports ("
                                    + String.join(
                                            ", ", context.baseline().coverage().reports())
                                    + ") measured nothing (no package with a line, branch or instruction counter"
                                    + " above 0/0), so coverage cannot be measured, but " + needed
                                    + " need coverage thresholds checked"));
            return;
        }
        for (SafetyClass safetyClass : checked) {
            Map<CounterType, Counter> counters = byClass.get(safetyClass);
            if (counters != null) {
                checkThresholds(
                        safetyClass,
                        settings.node("thresholds").path(safetyClass.name()),
                        counters,
                        packages.notes(safetyClass),
                        findings);
            }
        }
    }

    /** The thresholds of the checked classes the release reaches, as one phrase, if any. */
    private static Optional<String> needed(
            final GateContext context, final RuleSettings settings, final List<SafetyClass> checked) {
        List<String> needed = checked.stream()
                .filter(c -> context.systemClass().isAtLeast(c))
                .map(c -> "Class " + c + " " + settings.node("thresholds").path(c.name()))
                .toList();
        return needed.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", needed));
    }

    private static void checkThresholds(
            final SafetyClass safetyClass,
            final JsonNode thresholds,
            final Map<CounterType, Counter> counters,
            final String notes,
            final Findings findings) {
        for (Map.Entry<String, JsonNode> threshold : thresholds.properties()) {
            CounterType type = counter(threshold.getKey()).orElseThrow();
            Counter counter = counters.getOrDefault(type, new Counter(0, 0));
            BigDecimal wanted = threshold.getValue().decimalValue();
            if (counter.total() == 0 && wanted.signum() > 0) {
                findings.add(
                        "Class " + safetyClass + " code",
                        threshold.getKey() + " coverage of "
                                + wanted.stripTrailingZeros().toPlainString() + "%",
                        "Class " + safetyClass + " code has no " + threshold.getKey()
                                + " counter above 0/0 in the coverage reports, so its " + threshold.getKey()
                                + " coverage cannot be measured against "
                                + wanted.stripTrailingZeros().toPlainString() + "%" + notes);
            } else if (counter.total() > 0
                    && BigDecimal.valueOf(counter.covered())
                                    .multiply(HUNDRED)
                                    .compareTo(wanted.multiply(BigDecimal.valueOf(counter.total())))
                            < 0) {
                findings.add(
                        "Class " + safetyClass + " code",
                        threshold.getKey() + " coverage of "
                                + wanted.stripTrailingZeros().toPlainString() + "%",
                        "Class " + safetyClass + " code has "
                                + threshold.getKey() + " coverage " + BaselineDiff.percent(counter) + ", below "
                                + wanted.stripTrailingZeros().toPlainString() + "%" + notes);
            }
        }
    }

    private static Map<SafetyClass, Map<CounterType, Counter>> group(
            final GateContext context, final PackageClasses packages) {
        Map<Pattern, SafetyClass> globs = new LinkedHashMap<>();
        packages.classes().forEach((pattern, safetyClass) -> globs.put(glob(pattern), safetyClass));
        Map<SafetyClass, Map<CounterType, Counter>> byClass = new EnumMap<>(SafetyClass.class);
        context.baseline().coverage().packages().forEach((name, counters) -> {
            SafetyClass safetyClass = globs.entrySet().stream()
                    .filter(g -> g.getKey().matcher(name).matches())
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(context.systemClass());
            Map<CounterType, Counter> sums =
                    byClass.computeIfAbsent(safetyClass, c -> new EnumMap<>(CounterType.class));
            counters.forEach((type, counter) -> sums.merge(type, counter, CoverageSummary::sum));
        });
        return byClass;
    }

    private static Pattern glob(final String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) != '*') {
                literal.append(glob.charAt(i));
                continue;
            }
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            boolean deep = glob.startsWith("**", i);
            regex.append(deep ? ".*" : "[^.]*");
            i += deep ? 1 : 0;
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString());
    }

    private static Optional<CounterType> counter(final String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "line" -> Optional.of(CounterType.LINE);
            case "branch" -> Optional.of(CounterType.BRANCH);
            case "instruction" -> Optional.of(CounterType.INSTRUCTION);
            default -> Optional.empty();
        };
    }
}
