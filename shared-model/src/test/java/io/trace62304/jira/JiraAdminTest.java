package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trace62304.jira.emulator.JiraEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The configuration calls on a blank site of each flavour, every interaction checked against the specs. */
class JiraAdminTest {
    private static final String SELECT = "com.atlassian.jira.plugin.system.customfieldtypes:select";
    private static final String SELECT_SEARCHER =
            "com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher";

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        assertThat(site.emulator.violations()).as("OpenAPI contract violations").isEmpty();
        site.emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldCreateAndReadBackIssueTypesFieldsAndLinkTypes(final Flavour flavour) throws Exception {
        JiraAdmin admin = start(flavour);

        JsonNode type = admin.createIssueType("Risk Control", "IEC 62304 7.2 [trace62304:v1]");
        JsonNode field = admin.createField("Safety Class", "IEC 62304 4.3 [trace62304:v1]", SELECT, SELECT_SEARCHER);
        admin.createLinkType("Verifies", "verifies", "is verified by");

        assertThat(admin.canAdminister()).isTrue();
        assertThat(admin.issueTypes()).extracting(t -> t.path("name").asText()).contains("Risk Control");
        assertThat(type.path("id").asText()).isNotEmpty();
        assertThat(admin.fields())
                .filteredOn(f -> f.path("id").asText().equals(field.path("id").asText()))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.path("schema").path("custom").asText()).isEqualTo(SELECT));
        assertThat(admin.linkTypes()).extracting(t -> t.path("inward").asText()).contains("is verified by");
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldGiveASelectFieldAContextWithOptionsAndCreateStatuses(final Flavour flavour) throws Exception {
        JiraAdmin admin = start(flavour);
        String field = admin.createField("Safety Class", "", SELECT, SELECT_SEARCHER)
                .path("id")
                .asText();

        // Jira Cloud gave the new field its default global context, and a field can have only one global context
        assertThat(admin.contexts(field))
                .extracting(c -> c.path("name").asText())
                .containsExactly("Default Configuration Scheme for Safety Class");
        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> admin.createContext(field, "Trace62304", List.of()))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.BAD_REQUEST));
        String context = admin.contexts(field).get(0).path("id").asText();
        admin.addOptions(field, context, List.of("A", "B", "C"));
        admin.createStatuses(List.<String[]>of(new String[] {"Investigating", "IN_PROGRESS", "Clause 9.2"}));

        assertThat(admin.options(field, context))
                .extracting(o -> o.path("value").asText())
                .containsExactly("A", "B", "C");
        assertThat(admin.statuses()).extracting(s -> s.path("name").asText()).contains("Investigating");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldKeepAProjectProperty(final Flavour flavour) throws Exception {
        JiraAdmin admin = start(flavour);
        site.emulator.project("MED", "Infusion pump");

        assertThat(admin.projectProperty("MED", "trace62304.provisioning")).isEmpty();
        admin.setProjectProperty(
                "MED",
                "trace62304.provisioning",
                JsonNodeFactory.instance.objectNode().put("v", 1));

        assertThat(admin.projectProperty("MED", "trace62304.provisioning"))
                .hasValueSatisfying(v -> assertThat(v.path("v").asInt()).isEqualTo(1));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNameTakenNamesAndMissingPermissions(final Flavour flavour) throws Exception {
        JiraAdmin admin = start(flavour);

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> admin.createIssueType("Bug", ""))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.CONFLICT))
                .withMessageContaining("POST " + flavour.api() + "/issuetype")
                .withMessageContaining("'Bug' already exists");
        site.emulator.denyAdminister();
        assertThat(admin.canAdminister()).isFalse();
        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> admin.createIssueType("Hazard", ""))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.PERMISSION))
                .withMessageContaining("global administrator");
    }

    private JiraAdmin start(final Flavour flavour) throws Exception {
        site = new EmulatedSites(JiraEmulator.startBlank(flavour), EmulatedSites.fastPolicy());
        return site.client().admin();
    }
}
