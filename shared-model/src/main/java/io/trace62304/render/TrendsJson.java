package io.trace62304.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.audit.ProblemTrends;
import io.trace62304.audit.TrendCounts;
import io.trace62304.item.Timestamps;
import java.util.Map;

/**
 * The {@code problemTrends} object of {@code audit.json} (IEC 62304 9.6): {@code clause}, {@code asOf} (UTC),
 * {@code total}, {@code byMonth} and {@code byRelease}, each period with {@code period}, {@code reports},
 * {@code problemType}, {@code criticality}, {@code status} and {@code age} (name to count, fixed key order).
 */
final class TrendsJson {
    private TrendsJson() {}

    static void put(final ObjectNode root, final ProblemTrends trends) {
        ObjectNode node = root.putObject("problemTrends")
                .put("clause", "IEC 62304 9.6")
                .put("asOf", Timestamps.utc(trends.asOf()));
        counts(node.putObject("total"), trends.total());
        ArrayNode months = node.putArray("byMonth");
        trends.byMonth().forEach(counts -> counts(months.addObject(), counts));
        ArrayNode releases = node.putArray("byRelease");
        trends.byRelease().forEach(counts -> counts(releases.addObject(), counts));
    }

    private static void counts(final ObjectNode node, final TrendCounts counts) {
        node.put("period", counts.period()).put("reports", counts.reports());
        map(node.putObject("problemType"), counts.problemType());
        map(node.putObject("criticality"), counts.criticality());
        map(node.putObject("status"), counts.status());
        map(node.putObject("age"), counts.age());
    }

    private static void map(final ObjectNode node, final Map<String, Integer> counts) {
        counts.forEach(node::put);
    }
}
