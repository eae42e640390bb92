package io.trace62304.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.RemoteLink;
import io.trace62304.jira.emulator.JiraEmulator;
import io.trace62304.render.AuditCsv;
import io.trace62304.render.AuditHtml;
import io.trace62304.render.AuditOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit export of a seeded history, for both flavours, within the request budget. */
class AuditCollectorTest {
    private static final int ISSUES = 250;
    private static final java.time.Clock EXPORTED =
            java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JiraEmulator jira;

    @AfterEach
    void keepsTheContract() {
        assertThat(jira.violations()).as("OpenAPI contract violations").isEmpty();
        jira.close();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldExportEveryItemWithItsHistoryAndBuildsInTheRequestBudget(final Flavour flavour) throws Exception {
        JiraClient client = seed(flavour);
        jira.resetCounts();

        AuditTrail trail = new AuditCollector(client, message -> {}).collect("project = MED ORDER BY key");

        assertThat(trail.items()).hasSize(ISSUES);
        assertThat(trail.items().get(1).item().key()).isEqualTo("MED-2");
        AuditTrail.Audited deferred = trail.items().get(6);
        assertThat(deferred.history())
                .extracting(AuditTrail.Change::who, AuditTrail.Change::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Zoë Ångström", "Investigating"),
                        org.assertj.core.groups.Tuple.tuple("李明", "Deferred"));
        assertThat(trail.items().get(0).remoteLinks())
                .singleElement()
                .satisfies(l -> assertThat(l.title()).isEqualTo("pump #42"));
        int search = (ISSUES + 99) / 100;
        int histories = flavour == Flavour.CLOUD ? 1 : ISSUES;
        assertThat(jira.counts().values().stream().mapToInt(Integer::intValue).sum())
                .as("1 field list + search pages + histories + one remote-link read per issue")
                .isEqualTo(1 + search + histories + ISSUES);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldWriteTheSameReadableFilesEveryTime(final Flavour flavour) throws Exception {
        AuditTrail trail = new AuditCollector(seed(flavour), message -> {}).collect("project = MED ORDER BY key");

        List<Path> first = new AuditOutputs(java.time.ZoneOffset.UTC, EXPORTED).write(trail, dir.resolve("a"));
        List<Path> second = new AuditOutputs(java.time.ZoneOffset.UTC, EXPORTED)
                .write(new AuditCollector(connect(), m -> {}).collect("project = MED ORDER BY key"), dir.resolve("b"));

        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).hasSameBinaryContentAs(second.get(i));
        }
        String html = Files.readString(first.get(0));
        assertThat(html)
                .contains("Zoë Ångström")
                .contains("李明")
                .contains("not safety related &amp; deferred to 2.2")
                .contains("<a href=\"https://ci.example.com/job/pump/42/\">pump #42</a>")
                .doesNotContain("<script");
        assertThat(new ObjectMapper()
                        .readTree(first.get(1).toFile())
                        .path("items")
                        .get(6)
                        .path("history")
                        .size())
                .isEqualTo(2);
        assertThat(Files.readAllLines(first.get(2)))
                .contains("MED-7,Software Problem Report,Deferred,"
                        + "\"Bolus, rounded\",2026-11-20T09:00:00.000Z,李明,status,Investigating,Deferred");
        assertThat(new AuditHtml(java.time.ZoneOffset.UTC, EXPORTED).render(trail))
                .isEqualTo(Files.readString(first.get(0)));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldOrderChangesByInstantAcrossADaylightSavingChange(final Flavour flavour) throws Exception {
        JiraClient client = seed(flavour);
        // Berlin leaves summer time at 01:00 UTC on 2026-10-25: 00:30 UTC reads 02:30+0200, 01:15 UTC 02:15+0100
        jira.issue("MED-3")
                .changed("late", "2026-10-25T01:15:00.000+0000", "status", "B", "C")
                .changed("early", "2026-10-25T00:30:00.000+0000", "status", "A", "B");
        jira.userTimeZone(java.time.ZoneId.of("Europe/Berlin"));

        AuditTrail trail = new AuditCollector(client, m -> {}).collect("project = MED ORDER BY key");

        assertThat(trail.items().get(2).history())
                .extracting(AuditTrail.Change::who, c -> io.trace62304.item.Timestamps.utc(c.when()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("early", "2026-10-25T00:30:00.000Z"),
                        org.assertj.core.groups.Tuple.tuple("late", "2026-10-25T01:15:00.000Z"));
        assertThat(new AuditHtml(java.time.ZoneId.of("Europe/Berlin")).render(trail))
                .contains("<time datetime=\"2026-10-25T00:30:00.000Z\">2026-10-25 02:30:00 +02:00</time>")
                .contains("<time datetime=\"2026-10-25T01:15:00.000Z\">2026-10-25 02:15:00 +01:00</time>")
                .contains("times in Europe/Berlin");
        assertThat(new AuditCsv().render(trail)).contains("2026-10-25T00:30:00.000Z,early");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRefuseAHistoryThatCannotBeReadCompletely(final Flavour flavour) throws Exception {
        JiraClient client = seed(flavour);
        jira.rewrite(
                flavour == Flavour.CLOUD
                        ? io.trace62304.jira.emulator.Rewrite.answers(
                                "POST", "/changelog/bulkfetch$", 0, 9, page -> page.put("nextPageToken", "again"))
                        : io.trace62304.jira.emulator.Rewrite.answers(
                                "GET",
                                "/issue/MED-7$",
                                0,
                                9,
                                issue -> ((com.fasterxml.jackson.databind.node.ObjectNode) issue.get("changelog"))
                                        .put("total", 40)));

        org.assertj.core.api.Assertions.assertThatExceptionOfType(io.trace62304.jira.JiraException.class)
                .isThrownBy(() -> new AuditCollector(client, m -> {}).collect("project = MED ORDER BY key"))
                .withMessageContaining(
                        flavour == Flavour.CLOUD
                                ? "the same nextPageToken came back twice"
                                : "the change history of MED-7 has 40 entries, Jira returned 2");
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldNeutraliseFormulasInCsvCells(final Flavour flavour) throws Exception {
        JiraClient client = seed(flavour);
        jira.issue("MED-1").changed("=HYPERLINK(\"http://evil\")", "2026-11-21T09:00:00.000+0000", "status", "A", "B");

        String csv = new AuditCsv().render(new AuditCollector(client, m -> {}).collect("project = MED ORDER BY key"));

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
    }

    private JiraClient seed(final Flavour flavour) throws Exception {
        jira = JiraEmulator.start(flavour);
        for (int i = 1; i <= ISSUES; i++) {
            jira.issue(
                    "MED-" + i,
                    i == 7 ? "Software Problem Report" : "Software Requirement",
                    i == 7 ? "Deferred" : "Approved",
                    i != 7);
        }
        jira.issue("MED-7")
                .field(JiraEmulator.FIELDS.get("Risk Evaluation"), "not safety related & deferred to 2.2")
                .field(JiraEmulator.FIELDS.get("Deferral Justification"), "workaround in IFU")
                .summary("Bolus, rounded")
                .changed("Zoë Ångström", "2026-11-19T08:00:00.000+0000", "status", "Reported", "Investigating")
                .changed("李明", "2026-11-20T09:00:00.000+0000", "status", "Investigating", "Deferred");
        JiraClient client = connect();
        client.upsertRemoteLink(
                "MED-1",
                new RemoteLink(
                        "trace62304:build=https://ci.example.com/job/pump/42/",
                        "https://ci.example.com/job/pump/42/",
                        "pump #42",
                        "IEC 62304 gate PASS",
                        "checked in build"));
        return client;
    }

    private JiraClient connect() throws Exception {
        return JiraClient.connect(jira.http(d -> {}));
    }
}
