package io.trace62304.itemfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JiraSearchFileItemSourceTest {
    @TempDir
    Path temp;

    @Test
    void shouldResolveCloudCustomFieldsByNameAndFlattenRichText() throws ItemSourceException {
        ItemSet items = new JiraSearchFileItemSource(Fixtures.of("jira-search-cloud.json")).load();

        Item report = items.get("MED-12").orElseThrow();
        assertThat(report.type()).isEqualTo(ItemType.PROBLEM_REPORT);
        assertThat(report.status()).isEqualTo("Deferred");
        assertThat(report.done()).isFalse();
        assertThat(report.explicitClass()).contains(SafetyClass.C);
        assertThat(report.field(ItemField.RISK_EVALUATION))
                .contains("Latency stays under 2 s\nNo hazardous situation.");
        assertThat(report.field(ItemField.PROBLEM_TYPE)).contains("Corrective");
        assertThat(report.has(ItemField.ROOT_CAUSE)).isFalse();
        assertThat(report.links())
                .containsExactly(
                        new ItemLink("Relates", ItemLink.Direction.OUTWARD, "MED-1"),
                        new ItemLink("Verifies", ItemLink.Direction.INWARD, "MED-30"));
        assertThat(items.get("MED-1").orElseThrow().done()).isTrue();
        assertThat(items.classOf("MED-12").safetyClass()).isEqualTo(SafetyClass.C);
    }

    @Test
    void shouldReadDataCenterPagesSavedAsAnArray() throws ItemSourceException {
        ItemSet items = new JiraSearchFileItemSource(Fixtures.of("jira-search-dc-pages.json")).load();

        assertThat(items.items()).extracting(Item::key).containsExactly("DEV-1", "DEV-2", "DEV-3");
        assertThat(items.classOf("DEV-2").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.get("DEV-3").orElseThrow().field(ItemField.PACKAGE_URL))
                .contains("pkg:maven/ch.qos.logback/logback-core@1.2.13");
    }

    /** 4.3: a multi-select with several classes or a cascading select reads as the highest class named. */
    @Test
    void shouldReadAMultiSelectOrCascadingClassAsTheHighest() throws IOException, ItemSourceException {
        Path file = Files.writeString(
                temp.resolve("classes.json"),
                "{\"names\":{\"customfield_10040\":\"Safety Class\"},\"issues\":["
                        + issue("MED-1", "[{\"value\":\"B\"},{\"value\":\"C\"}]") + ","
                        + issue("MED-2", "{\"value\":\"B\",\"child\":{\"value\":\"C\"}}") + ","
                        + issue("MED-3", "{\"value\":\"A\",\"child\":{\"value\":\"no injury\"}}") + "]}");

        ItemSet items = new JiraSearchFileItemSource(file).load();

        assertThat(items.classOf("MED-1").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.classOf("MED-1").basis()).isEqualTo("explicit 'B, C' names [B, C]: the highest taken (4.3)");
        assertThat(items.classOf("MED-2").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.classOf("MED-3")).isEqualTo(new ItemSet.Classification(SafetyClass.A, "explicit"));
    }

    /** 9.2d: Jira's own resolution field is read by its name, so a closure without action is recognised. */
    @Test
    void shouldReadJirasResolutionAndTheClosureFieldsByName() throws IOException, ItemSourceException {
        Path file = Files.writeString(temp.resolve("closed.json"), """
                {"names": {"resolution": "Resolution", "customfield_10051": "No Action Rationale",
                           "customfield_10052": "Verified In"},
                 "issues": [{"key": "MED-50", "fields": {
                   "issuetype": {"name": "Software Problem Report"},
                   "status": {"name": "Closed", "statusCategory": {"key": "done"}},
                   "issuelinks": [],
                   "resolution": {"self": "https://jira.example/rest/api/2/resolution/2", "id": "2",
                                  "name": "Won't Fix"},
                   "customfield_10051": "Works as specified in SRS-12",
                   "customfield_10052": "infusion-pump #41"}}]}
                """);

        Item report = new JiraSearchFileItemSource(file).load().get("MED-50").orElseThrow();

        assertThat(report.field(ItemField.RESOLUTION)).contains("Won't Fix");
        assertThat(report.field(ItemField.NO_ACTION_RATIONALE)).contains("Works as specified in SRS-12");
        assertThat(report.field(ItemField.VERIFIED_IN)).contains("infusion-pump #41");
        assertThat(report.done()).isTrue();
    }

    @Test
    void shouldRefuseAClassOptionThatNamesNoClassWithTheIssueKey() throws IOException {
        assertRefused(
                "{\"names\":{\"customfield_10040\":\"Safety Class\"},\"issues\":["
                        + issue("MED-7", "{\"value\":\"High\"}") + "]}",
                "MED-7 has Safety Class 'High', which names no safety class");
    }

    private static String issue(final String key, final String safetyClass) {
        return "{\"key\":\"" + key + "\",\"fields\":{\"issuetype\":{\"name\":\"Software Item\"},"
                + "\"status\":{\"name\":\"Approved\"},\"issuelinks\":[],\"customfield_10040\":" + safetyClass
                + "}}";
    }

    @Test
    void shouldRefuseASearchThatWasCutShort() {
        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new JiraSearchFileItemSource(Fixtures.of("jira-search-dc-incomplete.json")).load())
                .withMessageContaining("2 of 3 issues were saved");
    }

    /** Issue 17, point 20: an issue type the scheme does not know keeps Jira's name, for the gate to report. */
    @Test
    void shouldKeepTheNameOfAnIssueTypeTheSchemeDoesNotKnow() throws ItemSourceException {
        ItemSet items = new JiraSearchFileItemSource(Fixtures.of("jira-search-unknown-types.json")).load();

        assertThat(items.items())
                .extracting(Item::key, Item::type, Item::typeName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DEV-1", ItemType.SOFTWARE_ITEM, "Software Item"),
                        org.assertj.core.groups.Tuple.tuple("DEV-2", ItemType.OTHER, "Software Requirements"),
                        org.assertj.core.groups.Tuple.tuple("DEV-3", ItemType.OTHER, "Bug"));
    }

    /** Issue 17, point 16: the same issue saved twice in place of another is not a complete search. */
    @Test
    void shouldRefuseASearchThatSavesAnIssueTwiceInPlaceOfAnother() {
        Path file = Fixtures.of("jira-search-dc-duplicate.json");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new JiraSearchFileItemSource(file).load())
                .withMessageContaining(file.toString())
                .withMessageContaining("/1/issues/0")
                .withMessageContaining("issue 'DEV-2' is saved twice (also at /0/issues/1)");
    }

    @Test
    void shouldRefuseAnIssueSavedTwiceOnOnePage() throws IOException {
        assertRefused(
                "{\"names\":{},\"issues\":[" + issue("MED-1", "null") + "," + issue("MED-1", "null") + "]}",
                "issue 'MED-1' is saved twice (also at /issues/0)");
    }

    /** Issue 17, point 16: a {@code total} that is not a whole number cannot show the search complete. */
    @Test
    void shouldRefuseATotalThatIsNotAWholeNumber() throws IOException {
        for (String total : new String[] {"\"3\"", "\"all\"", "2.5", "-1", "true", "null", "{}"}) {
            assertRefused(
                    "{\"total\":" + total + ",\"names\":{},\"issues\":[" + issue("MED-1", "null") + "]}",
                    "'total' is " + total + ", not a whole number of issues");
        }
    }

    @Test
    void shouldRefusePagesThatDisagreeOnTheTotalOrSkipIssues() throws IOException {
        assertRefused(
                "[{\"startAt\":0,\"total\":2,\"names\":{},\"issues\":[" + issue("MED-1", "null") + "]},"
                        + "{\"startAt\":1,\"total\":3,\"names\":{},\"issues\":[" + issue("MED-2", "null") + "]}]",
                "/1/total",
                "the pages disagree on 'total' (2, then 3)");
        assertRefused(
                "[{\"startAt\":0,\"total\":3,\"names\":{},\"issues\":[" + issue("MED-1", "null") + "]},"
                        + "{\"startAt\":2,\"total\":3,\"names\":{},\"issues\":[" + issue("MED-3", "null") + "]}]",
                "/1/startAt",
                "the page starts at issue 2 but 1 issue(s) come before it");
        assertRefused(
                "{\"total\":1,\"names\":{},\"issues\":[" + issue("MED-1", "null") + "," + issue("MED-2", "null") + "]}",
                "2 of 1 issues were saved, more than 'total' says");
    }

    @Test
    void shouldRefuseACloudPageThatOffersAnotherPage() throws IOException {
        assertRefused("{\"issues\":[],\"names\":{},\"nextPageToken\":\"abc\"}", "offers a nextPageToken");
    }

    @Test
    void shouldRefuseALastCloudPageThatSaysItIsNotTheLast() throws IOException {
        assertRefused("{\"issues\":[],\"names\":{},\"isLast\":false}", "says isLast: false");
    }

    @Test
    void shouldRefuseADateTimeThatIsNotOne() throws IOException {
        assertRefused(
                "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"issuetype\":{\"name\":\"Hazard\"},"
                        + "\"status\":{\"name\":\"Open\"},\"issuelinks\":[],\"updated\":\"last Tuesday\"}}],"
                        + "\"names\":{}}",
                "A-1 was last updated at 'last Tuesday', which is not a Jira date-time");
    }

    @Test
    void shouldAskForExpandNamesAndForTheLinks() throws IOException {
        assertRefused("{\"issues\":[]}", "expand=names");
        assertRefused(
                "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"issuetype\":{\"name\":\"Hazard\"},"
                        + "\"status\":{\"name\":\"Open\"}}}],\"names\":{}}",
                "A-1 lacks 'issuelinks'");
        assertRefused("{\"issues\":{},\"names\":{}}", "has an 'issues' array");
        assertRefused("[]", "no search result page");
    }

    @Test
    void shouldRefuseTwoFieldsWithTheSameCanonicalName() throws IOException {
        assertRefused(
                "{\"issues\":[],\"names\":{\"customfield_1\":\"Root Cause\",\"customfield_2\":\"root cause\"}}",
                "two fields are named 'Root Cause'");
    }

    private void assertRefused(final String json, final String... message) throws IOException {
        Path file = Files.writeString(Files.createTempFile(temp, "search", ".json"), json);
        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new JiraSearchFileItemSource(file).load())
                .withMessageContaining(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).contains(message));
    }
}
