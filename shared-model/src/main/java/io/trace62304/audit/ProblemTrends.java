package io.trace62304.audit;

import io.trace62304.item.ItemType;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trend analysis of the problem reports in an audit trail (IEC 62304 9.6: the manufacturer analyses problem reports
 * to detect trends): counts by Problem Type, Criticality, status and age, per month the reports were opened (every
 * month from the first to the last, empty ones included) and per release they were found in (Found In Build, in
 * the order the releases were first reported against), and in total. Pure: "now" is the {@code asOf} instant
 * given, never the wall clock, so the same trail and instant give the same trends. How a report's opening and age
 * are read: {@link TrendedReport}.
 *
 * @param asOf      the instant ages are measured to for reports still open (the export's time)
 * @param total     all problem reports
 * @param byMonth   per month opened (UTC), oldest first
 * @param byRelease per Found In Build value, {@code unset} for none
 */
public record ProblemTrends(Instant asOf, TrendCounts total, List<TrendCounts> byMonth, List<TrendCounts> byRelease) {
    public ProblemTrends {
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(total);
        byMonth = List.copyOf(byMonth);
        byRelease = List.copyOf(byRelease);
    }

    /** The trends of the trail's problem reports as of the clock's instant. */
    public static ProblemTrends of(final AuditTrail trail, final Clock clock) {
        return of(trail, clock.instant());
    }

    /** The trends of the trail's problem reports, ages measured to {@code asOf}. */
    public static ProblemTrends of(final AuditTrail trail, final Instant asOf) {
        List<TrendedReport> reports = trail.items().stream()
                .filter(audited -> audited.item().type() == ItemType.PROBLEM_REPORT)
                .map(audited -> TrendedReport.of(audited, asOf))
                .toList();
        SortedSet<String> types = new TreeSet<>();
        SortedSet<String> criticalities = new TreeSet<>();
        reports.forEach(r -> {
            types.add(r.problemType());
            criticalities.add(r.criticality());
        });
        List<TrendCounts> months = new ArrayList<>();
        byMonth(reports).forEach((month, in) -> months.add(TrendCounts.of(month.toString(), in, types, criticalities)));
        List<TrendCounts> releases = new ArrayList<>();
        byRelease(reports).forEach((release, in) -> releases.add(TrendCounts.of(release, in, types, criticalities)));
        return new ProblemTrends(asOf, TrendCounts.of("all", reports, types, criticalities), months, releases);
    }

    private static Map<YearMonth, List<TrendedReport>> byMonth(final List<TrendedReport> reports) {
        TreeMap<YearMonth, List<TrendedReport>> months = new TreeMap<>();
        if (reports.isEmpty()) {
            return months;
        }
        YearMonth first = reports.stream()
                .map(TrendedReport::month)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        YearMonth last = reports.stream()
                .map(TrendedReport::month)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new ArrayList<>());
        }
        reports.forEach(r -> months.get(r.month()).add(r));
        return months;
    }

    private static Map<String, List<TrendedReport>> byRelease(final List<TrendedReport> reports) {
        Map<String, List<TrendedReport>> releases = new LinkedHashMap<>();
        reports.stream()
                .sorted(Comparator.comparing(TrendedReport::opened).thenComparing(TrendedReport::release))
                .forEach(r -> releases.computeIfAbsent(r.release(), k -> new ArrayList<>())
                        .add(r));
        return releases;
    }
}
