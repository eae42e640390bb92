package io.trace62304.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * The problem reports of one period (a month, a release, or all of them) counted by Problem Type, Criticality,
 * status and age. Every map has the same keys in every period of one analysis (zero where none), in a fixed order,
 * so tables and charts line up.
 *
 * @param period      the month ({@code 2026-09}), the release (Found In Build) or {@code all}
 * @param reports     how many problem reports the period has
 * @param problemType counts by Problem Type ({@code unset} when empty)
 * @param criticality counts by Criticality ({@code unset} when empty)
 * @param status      counts by {@code open}, {@code deferred}, {@code closed}
 * @param age         counts by {@code < 30 d}, {@code 30-90 d}, {@code > 90 d}
 */
public record TrendCounts(
        String period,
        int reports,
        Map<String, Integer> problemType,
        Map<String, Integer> criticality,
        Map<String, Integer> status,
        Map<String, Integer> age) {
    public TrendCounts {
        Objects.requireNonNull(period);
        problemType = Collections.unmodifiableMap(new LinkedHashMap<>(problemType));
        criticality = Collections.unmodifiableMap(new LinkedHashMap<>(criticality));
        status = Collections.unmodifiableMap(new LinkedHashMap<>(status));
        age = Collections.unmodifiableMap(new LinkedHashMap<>(age));
    }

    static TrendCounts of(
            final String period,
            final Collection<TrendedReport> reports,
            final SortedSet<String> problemTypes,
            final SortedSet<String> criticalities) {
        return new TrendCounts(
                period,
                reports.size(),
                count(reports, problemTypes, TrendedReport::problemType),
                count(reports, criticalities, TrendedReport::criticality),
                count(
                        reports,
                        java.util.Arrays.stream(TrendedReport.ReportStatus.values())
                                .map(TrendedReport.ReportStatus::label)
                                .toList(),
                        r -> r.status().label()),
                count(
                        reports,
                        java.util.Arrays.stream(TrendedReport.AgeBand.values())
                                .map(TrendedReport.AgeBand::label)
                                .toList(),
                        r -> r.age().label()));
    }

    private static Map<String, Integer> count(
            final Collection<TrendedReport> reports,
            final Collection<String> keys,
            final Function<TrendedReport, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0));
        reports.forEach(report -> counts.merge(value.apply(report), 1, Integer::sum));
        return counts;
    }
}
