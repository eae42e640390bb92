package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.itemfile.JiraValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against the emulator, for both flavours, with every interaction checked against the specs. */
class JiraClientTest {
    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        if (site != null) {
            assertThat(site.emulator.violations())
                    .as("OpenAPI contract violations")
                    .isEmpty();
            site.emulator.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldDetectTheFlavourAndCheckTheConnection(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour).client();

        assertThat(client.flavour()).isEqualTo(flavour);
        assertThat(client.myself().path("displayName").asText()).isEqualTo("Release gate");
        assertThat(client.permissions("MED", List.of("BROWSE_PROJECTS", "ADD_COMMENTS")))
                .containsEntry("BROWSE_PROJECTS", true)
                .containsEntry("ADD_COMMENTS", true);
        assertThat(client.serverInfo().path("deploymentType").asText()).isNotEmpty();
    }

    /**
     * Issue 16, defect 7: Data Center's {@code mypermissions} has no {@code permissions} parameter and answers every
     * permission; Cloud requires it. The emulator answers as each does, and the contract refuses the parameter on
     * Data Center.
     */
    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldAskForPermissionsAsEachFlavourDocuments(final Flavour flavour) throws Exception {
        start(flavour).emulator.plainUser();
        JiraClient client = site.client();

        assertThat(client.permissions("MED", List.of("LINK_ISSUES", "ADMINISTER")))
                .containsExactly(Map.entry("LINK_ISSUES", true), Map.entry("ADMINISTER", false));
        assertThat(site.emulator.violations())
                .as("a query the flavour's description documents")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReadTheItemsOfAScopeInOneSearchRequestPerPage(final Flavour flavour) throws Exception {
        start(flavour).seed(250);
        site.emulator.issue("MED-2").field(EmulatedSites.field("Risk Evaluation"), "no hazard");
        JiraClient client = site.client();
        site.emulator.resetCounts();

        ItemSet items = new JiraItemSource(client, "project = MED ORDER BY key").load();

        assertThat(items.size()).isEqualTo(250);
        assertThat(items.classOf("MED-3").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.get("MED-3").orElseThrow().type()).isEqualTo(ItemType.RISK_CONTROL);
        assertThat(items.get("MED-2").orElseThrow().field(ItemField.RISK_EVALUATION))
                .contains("no hazard");
        assertThat(items.get("MED-4").orElseThrow().done()).isTrue();
        assertThat(items.get("MED-1").orElseThrow().links())
                .hasSize(249)
                .contains(new ItemLink("Implements", ItemLink.Direction.INWARD, "MED-2"));
        assertThat(site.emulator.counts())
                .containsEntry("GET " + flavour.api() + "/field", 1)
                .containsEntry(searchEndpoint(flavour), 3)
                .hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldFollowAPageSizeTheServerClamps(final Flavour flavour) throws Exception {
        start(flavour).seed(20);
        site.emulator.capPageSize(7);
        JiraClient client = site.client();

        assertThat(client.search("project = MED", List.of("summary")).issueCount())
                .isEqualTo(20);
        assertThat(site.emulator.count(searchEndpoint(flavour))).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReportAJqlErrorWithJirasMessage(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour).client();

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new JiraItemSource(client, "summary ~ pump").load())
                .withMessageContaining(searchEndpoint(flavour))
                .withMessageContaining("HTTP 400")
                .withMessageContaining("Error in the JQL Query")
                .withMessageContaining("check the JQL");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldUpsertRemoteLinksByGlobalId(final Flavour flavour) throws Exception {
        start(flavour).seed(2);
        JiraClient client = site.client();
        RemoteLink link = new RemoteLink(
                "trace62304:build=https://ci/job/pump/42/",
                "https://ci/job/pump/42/",
                "pump #42",
                "gate PASS",
                "checked in build");

        assertThat(client.upsertRemoteLink("MED-2", link)).isEqualTo(WriteOutcome.CREATED);
        site.emulator.resetCounts();
        assertThat(client.upsertRemoteLink("MED-2", link)).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(site.emulator.writes()).isZero();
        assertThat(client.upsertRemoteLink(
                        "MED-2",
                        new RemoteLink(link.globalId(), link.url(), link.title(), "gate FAIL", link.relationship())))
                .isEqualTo(WriteOutcome.UPDATED);
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .singleElement()
                .satisfies(l ->
                        assertThat(l.path("object").path("summary").asText()).isEqualTo("gate FAIL"));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldBeRefusedAGlobalIdLongerThanJiraKeeps(final Flavour flavour) throws Exception {
        start(flavour).seed(2);
        JiraClient client = site.client();
        String url = "https://ci/" + "job/folder/".repeat(25) + "job/pump/42/";

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> client.upsertRemoteLink(
                        "MED-2", new RemoteLink("trace62304:build=" + url, url, "pump #42", "s", "checked in build")))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.BAD_REQUEST))
                .withMessageContaining("global id must not be longer than 255 characters");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldKeepIssuePropertiesAndReadThemBackInBulk(final Flavour flavour) throws Exception {
        start(flavour).seed(150);
        JiraClient client = site.client();
        JiraIssueProperties properties = client.issueProperties();
        properties.set(
                "MED-2",
                "trace62304.test",
                JsonNodeFactory.instance.objectNode().put("a", 1));
        site.emulator.resetCounts();

        Map<String, com.fasterxml.jackson.databind.JsonNode> read = properties.read(
                site.emulator.inProjectKeys("MED"), List.of(EmulatedSites.field("Root Cause")), "trace62304.test");

        assertThat(read).hasSize(150);
        assertThat(read.get("MED-2")
                        .path("properties")
                        .path("trace62304.test")
                        .path("a")
                        .asInt())
                .isEqualTo(1);
        assertThat(read.get("MED-2")
                        .path("fields")
                        .path(EmulatedSites.field("Root Cause"))
                        .asText())
                .isEqualTo("root cause 2");
        assertThat(read.get("MED-3").path("properties").has("trace62304.test")).isFalse();
        assertThat(site.emulator.counts().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("Cloud: two bulk fetches; Data Center: no bulk read of properties")
                .isEqualTo(flavour == Flavour.CLOUD ? 2 : 150);
        assertThat(properties.get("MED-2", "trace62304.test")).isPresent();
        assertThat(properties.get("MED-3", "trace62304.test")).isEmpty();
        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> properties.set(
                        "MED-2",
                        "trace62304.test",
                        JsonNodeFactory.instance.objectNode().put("a", "x".repeat(JiraIssueProperties.MAX_BYTES))))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.TOO_LARGE));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldBeRefusedSilentEditsWithoutAdministration(final Flavour flavour) throws Exception {
        start(flavour).seed(2);
        site.emulator.plainUser();
        JiraClient client = site.client();
        String fixedIn = EmulatedSites.field("Fixed In Build");

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> client.setField("MED-2", fixedIn, "pump #42", "", true))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.PERMISSION));
        assertThat(client.permissions("MED", List.of("ADMINISTER_PROJECTS", "ADMINISTER", "EDIT_ISSUES")))
                .containsEntry("ADMINISTER_PROJECTS", false)
                .containsEntry("ADMINISTER", false)
                .containsEntry("EDIT_ISSUES", true);
        assertThat(client.setField("MED-2", fixedIn, "pump #42", "", false)).isEqualTo(WriteOutcome.UPDATED);
        assertThat(site.emulator.issue("MED-2").notifications()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldKeepOneCommentPerMarkerAndEditItInPlace(final Flavour flavour) throws Exception {
        start(flavour).seed(2);
        JiraClient client = site.client();

        assertThat(client.upsertComment("MED-2", "[trace62304:build=42]", "two findings"))
                .isEqualTo(WriteOutcome.CREATED);
        assertThat(client.upsertComment("MED-2", "[trace62304:build=42]", "two findings"))
                .isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(client.upsertComment("MED-2", "[trace62304:build=42]", "one finding"))
                .isEqualTo(WriteOutcome.UPDATED);
        assertThat(client.upsertComment("MED-2", "[trace62304:build=43]", "clean"))
                .isEqualTo(WriteOutcome.CREATED);

        assertThat(site.emulator.issue("MED-2").comments())
                .extracting(c -> JiraValues.text(c.path("body")))
                .containsExactly("[trace62304:build=42]\none finding", "[trace62304:build=43]\nclean");
        if (flavour == Flavour.CLOUD) {
            assertThat(site.emulator
                            .issue("MED-2")
                            .comments()
                            .get(0)
                            .path("body")
                            .path("type")
                            .asText())
                    .isEqualTo("doc");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldEditFieldsTransitionAndLinkOnlyWhenNeeded(final Flavour flavour) throws Exception {
        start(flavour).seed(3);
        JiraClient client = site.client();
        String fixedIn = EmulatedSites.field("Fixed In Build");

        assertThat(client.setField("MED-2", fixedIn, "pump #42", "")).isEqualTo(WriteOutcome.UPDATED);
        assertThat(client.setField("MED-2", fixedIn, "pump #42", "pump #42")).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(site.emulator.issue("MED-2").field(fixedIn).asText()).isEqualTo("pump #42");
        assertThat(client.transition("MED-3", "Close", "Open", JsonNodeFactory.instance.objectNode()))
                .isEqualTo(WriteOutcome.UPDATED);
        assertThat(client.transition("MED-3", "Close", "Closed", null)).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(site.emulator.issue("MED-3").status()).isEqualTo("Closed");
        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> client.transition("MED-3", "Reopen", "Closed", null))
                .withMessageContaining("no transition named 'Reopen'");
        assertThat(client.link("Verifies", "MED-2", "MED-3")).isEqualTo(WriteOutcome.CREATED);
        assertThat(client.link("Verifies", "MED-2", "MED-3")).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(site.emulator.issue("MED-3").links()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReadChangeHistories(final Flavour flavour) throws Exception {
        start(flavour).seed(3);
        JiraClient client = site.client();
        client.transition("MED-3", "Start", "Open", null);

        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> logs =
                client.changelogs(List.of("MED-3"), List.of("status"));

        assertThat(logs).hasSize(1);
        assertThat(logs.values().iterator().next())
                .singleElement()
                .satisfies(entry -> assertThat(
                                entry.path("items").get(0).path("toString").asText())
                        .isEqualTo("In Progress"));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNameTheRequestWhenAnIssueDoesNotExist(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour).client();

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> client.link("Verifies", "MED-404", "MED-1"))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.NOT_FOUND))
                .withMessageStartingWith("GET " + flavour.api() + "/issue/MED-404");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSaveTheSearchSoAnotherMachineReadsTheSameItems(final Flavour flavour, @TempDir final Path dir)
            throws Exception {
        start(flavour).seed(120);
        JiraItemSource source = new JiraItemSource(site.client(), "project = MED ORDER BY key");
        Path saved = Files.writeString(
                dir.resolve("items.json"), source.savedSearch().toString());

        ItemSet there = new JiraSearchFileItemSource(saved, source.describe()).load();

        ItemSet here = source.load();
        assertThat(there.size()).isEqualTo(here.size()).isEqualTo(120);
        assertThat(there.classOf("MED-3")).isEqualTo(here.classOf("MED-3"));
        assertThat(there.get("MED-1").orElseThrow().links())
                .isEqualTo(here.get("MED-1").orElseThrow().links());
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReadTheSitesIssueTypesLinkTypesStatusesAndProjects(final Flavour flavour) throws Exception {
        start(flavour).emulator.project("MED", "Infusion pump");
        site.emulator.issueType("Software Problem Report");
        JiraClient client = site.client();

        assertThat(client.issueTypes())
                .extracting(type -> type.path("name").asText())
                .containsExactly("Bug", "Task", "Story", "Software Problem Report");
        assertThat(client.linkTypes())
                .extracting(type -> type.path("outward").asText())
                .contains("blocks");
        assertThat(client.statuses())
                .extracting(status -> status.path("statusCategory").path("key").asText())
                .containsExactly("new", "indeterminate", "done");
        assertThat(client.project("MED"))
                .hasValueSatisfying(
                        project -> assertThat(project.path("name").asText()).isEqualTo("Infusion pump"));
        assertThat(client.project("NOPE")).isEmpty();
    }

    private EmulatedSites start(final Flavour flavour) throws IOException {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        return site;
    }

    static String searchEndpoint(final Flavour flavour) {
        return flavour == Flavour.CLOUD ? "POST /rest/api/3/search/jql" : "POST /rest/api/2/search";
    }
}
