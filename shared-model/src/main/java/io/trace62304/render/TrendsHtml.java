package io.trace62304.render;

import io.trace62304.audit.ProblemTrends;
import io.trace62304.audit.TrendCounts;
import io.trace62304.item.Timestamps;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trend analysis section of {@code audit.html} (IEC 62304 9.6): per month and per release, a table of the counts
 * by Problem Type, Criticality, status and age, and an inline SVG bar chart of the reports by status. Every text,
 * in the table and in the chart, goes through {@link Html}'s escaping; no script.
 */
final class TrendsHtml {
    private static final int BAR = 28;
    private static final int GAP = 12;
    private static final int PLOT = 120;
    private static final int LEFT = 36;
    private static final int TOP = 24;
    private static final List<String> STATUS_COLOURS = List.of("#c0392b", "#e6a23c", "#2e7d32");

    private TrendsHtml() {}

    static void section(final Html html, final ProblemTrends trends, final ZoneId zone) {
        html.open("section", "id", "problem-trends")
                .element("h2", "Trend analysis of problem reports (IEC 62304 9.6)")
                .element(
                        "p",
                        trends.total().reports() + " problem report(s) as of "
                                + Timestamps.local(trends.asOf(), zone)
                                + "; a report counts as opened at its first recorded change and, when closed, as"
                                + " closed at its last status change (Jira's history does not record creation),"
                                + " so ages are lower bounds.");
        if (trends.total().reports() == 0) {
            html.element("p", "No problem reports in scope.").close("section").markup("\n");
            return;
        }
        view(html, "By month opened (UTC)", "trends-by-month", trends.byMonth(), trends.total());
        view(html, "By release found in (Found In Build)", "trends-by-release", trends.byRelease(), trends.total());
        html.close("section").markup("\n");
    }

    private static void view(
            final Html html,
            final String title,
            final String id,
            final List<TrendCounts> periods,
            final TrendCounts total) {
        html.element("h3", title);
        chart(html, title, id, periods);
        html.open("table", "id", id);
        html.open("tr").element("th", "").element("th", "");
        group(html, "Problem Type", total.problemType());
        group(html, "Criticality", total.criticality());
        group(html, "Status", total.status());
        group(html, "Age", total.age());
        html.close("tr").markup("\n");
        List<String> header = new ArrayList<>(List.of("Period", "Reports"));
        header.addAll(total.problemType().keySet());
        header.addAll(total.criticality().keySet());
        header.addAll(total.status().keySet());
        header.addAll(total.age().keySet());
        html.headerRow(header.toArray(String[]::new));
        for (TrendCounts period : periods) {
            html.row(cells(period));
        }
        html.row(cells(total));
        html.close("table").markup("\n");
    }

    private static void group(final Html html, final String name, final Map<String, Integer> keys) {
        html.element("th", name, "colspan", String.valueOf(keys.size()));
    }

    private static String[] cells(final TrendCounts counts) {
        List<String> cells = new ArrayList<>(List.of(counts.period(), String.valueOf(counts.reports())));
        for (Map<String, Integer> map :
                List.of(counts.problemType(), counts.criticality(), counts.status(), counts.age())) {
            map.values().forEach(count -> cells.add(String.valueOf(count)));
        }
        return cells.toArray(String[]::new);
    }

    /** Stacked bars, one per period: open, deferred, closed from the bottom up; the legend names the colours. */
    private static void chart(final Html html, final String title, final String id, final List<TrendCounts> periods) {
        int most = Math.max(
                1, periods.stream().mapToInt(TrendCounts::reports).max().orElse(1));
        int width = LEFT + periods.size() * (BAR + GAP) + GAP;
        int height = TOP + PLOT + 44;
        html.open(
                "svg",
                "xmlns",
                "http://www.w3.org/2000/svg",
                "id",
                id + "-chart",
                "role",
                "img",
                "width",
                String.valueOf(width),
                "height",
                String.valueOf(height),
                "viewBox",
                "0 0 " + width + " " + height);
        html.element("title", "Problem reports by status, " + title);
        List<String> statuses = List.copyOf(
                periods.isEmpty() ? List.of() : periods.get(0).status().keySet());
        for (int s = 0; s < statuses.size(); s++) {
            int x = LEFT + s * 90;
            html.open(
                            "rect",
                            "x",
                            String.valueOf(x),
                            "y",
                            "4",
                            "width",
                            "10",
                            "height",
                            "10",
                            "fill",
                            STATUS_COLOURS.get(s % STATUS_COLOURS.size()))
                    .close("rect")
                    .element("text", statuses.get(s), "x", String.valueOf(x + 14), "y", "13", "font-size", "11");
        }
        html.element("text", String.valueOf(most), "x", "4", "y", String.valueOf(TOP + 10), "font-size", "11");
        html.open(
                        "line",
                        "x1",
                        String.valueOf(LEFT - 4),
                        "y1",
                        String.valueOf(TOP + PLOT),
                        "x2",
                        String.valueOf(width),
                        "y2",
                        String.valueOf(TOP + PLOT),
                        "stroke",
                        "#555")
                .close("line");
        for (int p = 0; p < periods.size(); p++) {
            TrendCounts period = periods.get(p);
            int x = LEFT + GAP + p * (BAR + GAP);
            int base = TOP + PLOT;
            for (int s = 0; s < statuses.size(); s++) {
                int count = period.status().get(statuses.get(s));
                int h = count * PLOT / most;
                if (count > 0) {
                    base -= h;
                    html.open(
                                    "rect",
                                    "x",
                                    String.valueOf(x),
                                    "y",
                                    String.valueOf(base),
                                    "width",
                                    String.valueOf(BAR),
                                    "height",
                                    String.valueOf(h),
                                    "fill",
                                    STATUS_COLOURS.get(s % STATUS_COLOURS.size()))
                            .element("title", period.period() + ": " + count + " " + statuses.get(s))
                            .close("rect");
                }
            }
            html.element(
                    "text",
                    period.period(),
                    "x",
                    String.valueOf(x + BAR / 2),
                    "y",
                    String.valueOf(TOP + PLOT + 14),
                    "font-size",
                    "10",
                    "text-anchor",
                    "middle");
        }
        html.close("svg").markup("\n");
    }
}
