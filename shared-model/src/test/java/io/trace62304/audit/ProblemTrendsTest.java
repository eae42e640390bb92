package io.trace62304.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.render.AuditHtml;
import io.trace62304.render.AuditJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trend analysis of problem reports (IEC 62304 9.6): ten reports over three months and two releases. */
class ProblemTrendsTest {
    private static final Clock EXPORTED = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private static AuditTrail.Audited report(
            final String key,
            final String status,
            final boolean done,
            final String type,
            final String criticality,
            final String found,
            final String opened,
            final String closed) {
        Map<ItemField, String> fields = new EnumMap<>(ItemField.class);
        fields.put(ItemField.PROBLEM_TYPE, type);
        fields.put(ItemField.CRITICALITY, criticality);
        fields.put(ItemField.FOUND_IN_BUILD, found);
        List<AuditTrail.Change> history = new ArrayList<>();
        history.add(new AuditTrail.Change(Instant.parse(opened), "ann", "Criticality", "", criticality));
        if (closed != null) {
            history.add(new AuditTrail.Change(Instant.parse(closed), "bob", "status", "Verifying", "Closed"));
        }
        Item item = new Item(key, ItemType.PROBLEM_REPORT, "summary " + key, status, done, opened, fields, List.of());
        return new AuditTrail.Audited(item, List.of(), history);
    }

    static AuditTrail trail() {
        return new AuditTrail(
                "fixture",
                List.of(
                        report(
                                "MED-1",
                                "Closed",
                                true,
                                "Defect",
                                "Major",
                                "2.0",
                                "2026-08-03T10:00:00Z",
                                "2026-08-20T10:00:00Z"),
                        report(
                                "MED-2",
                                "Closed",
                                true,
                                "Defect",
                                "Minor",
                                "2.0",
                                "2026-08-10T10:00:00Z",
                                "2026-10-01T10:00:00Z"),
                        report("MED-3", "Deferred", false, "Usability", "Minor", "2.0", "2026-08-15T10:00:00Z", null),
                        report("MED-4", "Investigating", false, "Defect", "", "2.0", "2026-08-28T10:00:00Z", null),
                        report("MED-5", "Reported", false, "Defect", "Critical", "2.0", "2026-09-02T10:00:00Z", null),
                        report(
                                "MED-6",
                                "Closed",
                                true,
                                "Defect",
                                "Major",
                                "2.0",
                                "2026-09-05T10:00:00Z",
                                "2026-09-06T10:00:00Z"),
                        report(
                                "MED-7",
                                "Closed",
                                true,
                                "Usability",
                                "Minor",
                                "2.1 <b>",
                                "2026-10-01T10:00:00Z",
                                "2026-10-02T10:00:00Z"),
                        report(
                                "MED-8",
                                "Implementing",
                                false,
                                "Defect",
                                "Major",
                                "2.1 <b>",
                                "2026-10-11T10:00:00Z",
                                null),
                        report(
                                "MED-9",
                                "Reported",
                                false,
                                "Defect",
                                "Critical",
                                "2.1 <b>",
                                "2026-11-20T10:00:00Z",
                                null),
                        report("MED-10", "Deferred", false, "Defect", "Minor", "2.1 <b>", "2026-11-25T10:00:00Z", null),
                        new AuditTrail.Audited(
                                new Item(
                                        "MED-11",
                                        ItemType.REQUIREMENT,
                                        "not a report",
                                        "Approved",
                                        false,
                                        "2026-09-01T10:00:00Z",
                                        Map.of(),
                                        List.of()),
                                List.of(),
                                List.of())));
    }

    @Test
    void shouldCountByTypeCriticalityStatusAndAgeCountingMissingCriticalityAsUnset() {
        ProblemTrends trends = ProblemTrends.of(trail(), EXPORTED);

        assertThat(trends.total().reports()).isEqualTo(10);
        assertThat(trends.total().problemType()).containsExactly(Map.entry("Defect", 8), Map.entry("Usability", 2));
        assertThat(trends.total().criticality())
                .containsExactly(
                        Map.entry("Critical", 2), Map.entry("Major", 3), Map.entry("Minor", 4), Map.entry("unset", 1));
        assertThat(trends.total().status())
                .containsExactly(Map.entry("open", 4), Map.entry("deferred", 2), Map.entry("closed", 4));
        // closed after 17 d, 52 d, 1 d, 1 d; open to 2026-12-01: 108 d, 95 d, 90 d, 51 d, 11 d, 6 d
        assertThat(trends.total().age())
                .containsExactly(Map.entry("< 30 d", 5), Map.entry("30-90 d", 3), Map.entry("> 90 d", 2));
        assertThat(trends.byMonth())
                .extracting(TrendCounts::period)
                .containsExactly("2026-08", "2026-09", "2026-10", "2026-11");
        assertThat(trends.byMonth()).extracting(TrendCounts::reports).containsExactly(4, 2, 2, 2);
        assertThat(trends.byMonth().get(0).criticality())
                .containsEntry("unset", 1)
                .containsEntry("Critical", 0);
        assertThat(trends.byRelease()).extracting(TrendCounts::period).containsExactly("2.0", "2.1 <b>");
        assertThat(trends.byRelease().get(1).status())
                .containsExactly(Map.entry("open", 2), Map.entry("deferred", 1), Map.entry("closed", 1));
    }

    @Test
    void shouldMeasureAgeToTheGivenInstantNotTheWallClock() {
        ProblemTrends later = ProblemTrends.of(trail(), Instant.parse("2027-06-01T00:00:00Z"));

        assertThat(later.total().age())
                .containsExactly(Map.entry("< 30 d", 3), Map.entry("30-90 d", 1), Map.entry("> 90 d", 6));
        assertThat(ProblemTrends.of(trail(), EXPORTED)).isEqualTo(ProblemTrends.of(trail(), EXPORTED));
    }

    @Test
    void shouldPutTheTrendsInAuditJsonInTheDocumentedShape() throws Exception {
        String text = new AuditJson(EXPORTED).render(trail());
        JsonNode trends = new ObjectMapper().readTree(text).path("problemTrends");

        assertThat(trends.path("clause").asText()).isEqualTo("IEC 62304 9.6");
        assertThat(trends.path("asOf").asText()).isEqualTo("2026-12-01T00:00:00.000Z");
        assertThat(trends.path("total").path("criticality").path("unset").asInt())
                .isEqualTo(1);
        JsonNode august = trends.path("byMonth").get(0);
        assertThat(august.path("period").asText()).isEqualTo("2026-08");
        assertThat(august.path("reports").asInt()).isEqualTo(4);
        assertThat(august.path("status").path("deferred").asInt()).isEqualTo(1);
        assertThat(august.path("age").path("> 90 d").asInt()).isEqualTo(2);
        assertThat(trends.path("byRelease").get(1).path("period").asText()).isEqualTo("2.1 <b>");
        assertThat(text).isEqualTo(new AuditJson(EXPORTED).render(trail()));
    }

    @Test
    void shouldDrawAnEscapedInlineSvgChartAndTableInAuditHtml() {
        String html = new AuditHtml(ZoneOffset.UTC, EXPORTED).render(trail());

        assertThat(html)
                .contains("Trend analysis of problem reports (IEC 62304 9.6)")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trends-by-month-chart\"")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trends-by-release-chart\"")
                .contains("<table id=\"trends-by-release\">")
                .contains(">2.1 &lt;b&gt;</text>")
                .contains("<td>2.1 &lt;b&gt;</td>")
                .doesNotContain("2.1 <b>")
                .doesNotContain("<script");
        assertThat(html).isEqualTo(new AuditHtml(ZoneOffset.UTC, EXPORTED).render(trail()));
    }
}
