package io.trace62304.baseline;

import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.coverage.CoverageReport;
import io.trace62304.coverage.PackageCoverage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Code coverage of the build (unit verification evidence, 5.5.3): totals and per-package line, branch and instruction counters, summed
 * over every coverage report (one per module).
 */
public record CoverageSummary(
        List<String> reports, Map<CounterType, Counter> totals, Map<String, Map<CounterType, Counter>> packages) {
    private static final List<CounterType> KEPT =
            List.of(CounterType.LINE, CounterType.BRANCH, CounterType.INSTRUCTION);

    public CoverageSummary {
        reports = List.copyOf(reports);
        totals = Map.copyOf(totals);
        packages = Map.copyOf(packages);
    }

    public boolean isPresent() {
        return !reports.isEmpty();
    }

    public static CoverageSummary of(final List<CoverageReport> coverage) {
        Map<CounterType, Counter> totals = new EnumMap<>(CounterType.class);
        Map<String, Map<CounterType, Counter>> packages = new TreeMap<>();
        for (CoverageReport report : coverage) {
            for (PackageCoverage pkg : report.packages()) {
                Map<CounterType, Counter> counters = packages.computeIfAbsent(
                        pkg.name().replace('/', '.'), name -> new EnumMap<>(CounterType.class));
                for (CounterType type : KEPT) {
                    pkg.counters().get(type).ifPresent(c -> {
                        counters.merge(type, c, CoverageSummary::sum);
                        totals.merge(type, c, CoverageSummary::sum);
                    });
                }
            }
        }
        Map<String, Map<CounterType, Counter>> frozen = new TreeMap<>();
        packages.forEach((name, counters) -> frozen.put(name, Map.copyOf(counters)));
        return new CoverageSummary(
                coverage.stream().map(CoverageReport::file).sorted().toList(), totals, frozen);
    }

    /** The sum of two counters of the same kind. */
    public static Counter sum(final Counter a, final Counter b) {
        return new Counter(a.missed() + b.missed(), a.covered() + b.covered());
    }
}
