package io.trace62304.jiraapp.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.emulator.Fault;
import io.trace62304.jira.emulator.JiraEmulator;
import io.trace62304.jiraapp.provision.Action.Kind;
import io.trace62304.jiraapp.provision.Action.Verb;
import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.jiraapp.scheme.SchemeLoader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plan, apply and verify on blank, partial, conflicting and failing sites of both flavours, checked against the specs. */
class ProvisionerTest {
    private static final Scheme SCHEME = new SchemeLoader().defaults();
    private static final String SELECT = "com.atlassian.jira.plugin.system.customfieldtypes:select";

    private JiraEmulator jira;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void keepsTheContract() {
        assertThat(jira.violations()).as("OpenAPI contract violations").isEmpty();
        jira.close();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldPlanWithoutWritingThenApplyOnceAndThenWriteNothing(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);

        Plan plan = provisioner.plan();

        assertThat(jira.writes()).isZero();
        assertThat(count(plan, Kind.ISSUE_TYPE, Verb.CREATE)).isEqualTo(8);
        assertThat(count(plan, Kind.FIELD, Verb.CREATE)).isEqualTo(28);
        assertThat(count(plan, Kind.LINK_TYPE, Verb.CREATE)).isEqualTo(6);
        assertThat(count(plan, Kind.STATUS, flavour == Flavour.CLOUD ? Verb.CREATE : Verb.MANUAL))
                .isEqualTo(12);
        assertThat(count(plan, Kind.FIELD_OPTIONS, flavour == Flavour.CLOUD ? Verb.ADD : Verb.CHECK))
                .isEqualTo(4);
        assertThat(plan.blockers()).isEmpty();

        provisioner.apply();
        int firstWrites = jira.writes();
        jira.resetCounts();
        Plan second = provisioner.apply();

        assertThat(firstWrites).isGreaterThan(20);
        assertThat(jira.writes()).as("writes of a second apply").isZero();
        assertThat(second.writes()).isZero();
        assertThat(count(second, Kind.FIELD, Verb.KEEP)).isEqualTo(28);
        JsonNode manifest = jira.projectProperty("MED", Manifest.PROPERTY);
        assertThat(manifest.path("objects").size())
                .as(
                        "8 types, 28 fields, 6 link types, an issue type scheme; Cloud: "
                                + "12 statuses, 4 workflows, a workflow scheme, 9 screens, 9 screen schemes, an issue type screen scheme")
                .isEqualTo(flavour == Flavour.CLOUD ? 79 : 43);
        assertThat(find(plan, Kind.ISSUE_TYPE_SCHEME, "Trace62304: IEC 62304 issue types")
                        .verb())
                .isEqualTo(Verb.CREATE);
        assertThat(second.actions())
                .filteredOn(a -> a.kind() == Kind.PROJECT)
                .extracting(Action::verb)
                .as("Data Center: the project's workflows are switched by hand")
                .containsExactlyElementsOf(
                        flavour == Flavour.CLOUD ? List.of(Verb.KEEP) : List.of(Verb.KEEP, Verb.MANUAL));
        assertThat(manifest.toString()).doesNotContain(Manifest.PENDING);
        if (flavour == Flavour.CLOUD) {
            assertThat(second.actions())
                    .filteredOn(a -> a.kind() == Kind.FIELD_OPTIONS)
                    .extracting(Action::verb)
                    .containsOnly(Verb.KEEP);
            assertThat(count(plan, Kind.WORKFLOW, Verb.CREATE)).isEqualTo(4);
            assertThat(find(plan, Kind.PROJECT, "id " + projectId()).verb()).isEqualTo(Verb.ASSIGN);
            assertThat(second.actions())
                    .filteredOn(a -> a.kind().ordinal() >= Kind.WORKFLOW.ordinal())
                    .extracting(Action::verb)
                    .containsOnly(Verb.KEEP);
            assertThat(second.isSettled()).as("nothing left by hand on Cloud").isTrue();
        }
    }

    /**
     * Issue 16, defect 1: Jira Cloud gives every new custom field a default global context, and a field can have only
     * one; the provisioner created a second one and stopped with HTTP 400 after its first writes. It fills the
     * default context, in one apply.
     */
    @org.junit.jupiter.api.Test
    void shouldFillTheDefaultContextJiraCloudGivesANewFieldInOneApply() throws Exception {
        Provisioner provisioner = start(Flavour.CLOUD);

        provisioner.apply();

        JiraClient client = connect();
        for (Scheme.Field field : SCHEME.fields()) {
            if (field.options().isEmpty()) {
                continue;
            }
            String id = fieldId(client, field.name());
            assertThat(client.admin().contexts(id))
                    .as("the contexts of " + field.name())
                    .singleElement()
                    .satisfies(context -> {
                        assertThat(context.path("name").asText())
                                .isEqualTo("Default Configuration Scheme for " + field.name());
                        assertThat(context.path("isGlobalContext").asBoolean()).isTrue();
                        assertThat(client.admin().options(id, context.path("id").asText()))
                                .extracting(option -> option.path("value").asText())
                                .containsExactlyElementsOf(field.options());
                    });
        }
        jira.resetCounts();
        assertThat(provisioner.plan().isSettled()).as("no second apply needed").isTrue();
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldAttachTheClassRulesThroughTheForgeAppOrSayTheGateEnforcesThem(final Flavour flavour) throws Exception {
        start(flavour);
        String extension = "ari:cloud:ecosystem::extension/app-1/env-1/static/trace62304-class-rules";
        Plan without = new Provisioner(connect(), SCHEME, "MED", "", m -> {}).plan();

        new Provisioner(connect(), SCHEME, "MED", extension, m -> {}).apply();

        assertThat(find(without, Kind.WORKFLOW, SCHEME.workflows().get(0).name())
                        .detail())
                .contains("the release gate alone enforces them");
        JsonNode problems = connect()
                .admin()
                .workflows()
                .workflows(List.of(SCHEME.workflows().get(0).name()))
                .get(0);
        JsonNode close = java.util.stream.StreamSupport.stream(
                        problems.path("transitions").spliterator(), false)
                .filter(t -> t.path("name").asText().equals("Close"))
                .findFirst()
                .orElseThrow();
        JsonNode validator = close.path("validators").get(0);
        assertThat(validator.path("ruleKey").asText()).isEqualTo("forge:expression-validator");
        assertThat(validator.path("parameters").path("key").asText()).isEqualTo(extension);
        assertThat(validator.path("parameters").path("config").asText())
                .contains("issue.links.some")
                .contains("customfield_");
        assertThat(problems.path("description").asText()).contains(Scheme.MARKER);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldFindTheInstalledForgeValidatorAmongTheWorkflowCapabilities(final Flavour flavour) throws Exception {
        start(flavour);
        jira.issueType("Task");
        String extension = "ari:cloud:ecosystem::extension/app-1/env-1/static/" + ForgeApp.MODULE_KEY;

        java.util.Optional<String> before = ForgeApp.find(connect(), "MED");
        jira.installForgeValidator("ari:cloud:ecosystem::extension/app-2/env-1/static/someone-elses-validator");
        jira.installForgeValidator(extension);
        java.util.Optional<String> after = ForgeApp.find(connect(), "MED");

        assertThat(before).isEmpty();
        assertThat(after)
                .isEqualTo(flavour == Flavour.CLOUD ? java.util.Optional.of(extension) : java.util.Optional.empty());
        assertThat(ForgeApp.find(connect(), "NOPE")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldFinishTheWorkflowsAfterAConfigurationTaskHeldThemUp(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.inject(Fault.status("POST", "/workflows/create$", 1, 409, Map.of()));

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("POST /rest/api/3/workflows/create")
                .withMessageContaining("HTTP 409");
        provisioner.apply();

        assertThat(provisioner.plan().isSettled()).isTrue();
        assertThat(connect()
                        .admin()
                        .workflows()
                        .workflows(SCHEME.workflows().stream()
                                .map(Scheme.Workflow::name)
                                .toList()))
                .hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldUseCompatibleObjectsOfOthersAndNeverTouchThem(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.issueType("Hazard");
        jira.linkType("Verifies", "verifies", "is verified by");

        Plan plan = provisioner.plan();
        provisioner.apply();

        assertThat(find(plan, Kind.ISSUE_TYPE, "Hazard").verb()).isEqualTo(Verb.USE);
        assertThat(find(plan, Kind.LINK_TYPE, "Verifies").verb()).isEqualTo(Verb.USE);
        assertThat(jira.projectProperty("MED", Manifest.PROPERTY)
                        .path("objects")
                        .has("issue type/Hazard"))
                .isFalse();
        assertThat(provisioner.plan().writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRefuseToStartWhenANameIsTakenByAnIncompatibleObject(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.customField("Safety Class", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        jira.linkType("Mitigates", "reduces", "is reduced by");

        assertThatExceptionOfType(ProvisioningException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("2 conflict(s)")
                .satisfies(e -> {
                    assertThat(find(e.plan(), Kind.FIELD, "Safety Class").detail())
                            .contains("textfield");
                    assertThat(find(e.plan(), Kind.LINK_TYPE, "Mitigates").detail())
                            .contains("'reduces'");
                });
        assertThat(jira.writes()).isZero();
    }

    /**
     * Issue 16, defect 3: someone else's sub-task of a scheme type's name was planned as USE, and apply wrote a hundred
     * objects before Jira refused the issue type scheme whose default type it was. It is a CONFLICT before any write;
     * a standard type of that name stays USE (above).
     */
    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRefuseASameNameIssueTypeOnAnotherHierarchyLevelBeforeAnyWrite(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.subtaskIssueType("Software Problem Report");

        assertThatExceptionOfType(ProvisioningException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("1 conflict(s)")
                .satisfies(e -> assertThat(find(e.plan(), Kind.ISSUE_TYPE, "Software Problem Report"))
                        .satisfies(action -> {
                            assertThat(action.verb()).isEqualTo(Verb.CONFLICT);
                            assertThat(action.detail()).contains("sub-task").contains("standard");
                        }));
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldCompleteAnInterruptedApplyWithoutDuplicates(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.inject(Fault.drop("POST", "/field$", 1, true));

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("POST " + flavour.api() + "/field");
        provisioner.apply();

        List<String> names = SCHEME.fields().stream().map(Scheme.Field::name).toList();
        JiraClient client = connect();
        Map<String, Long> counts = new java.util.HashMap<>();
        client.admin().fields().stream()
                .filter(f -> names.contains(f.path("name").asText()))
                .forEach(f -> counts.merge(f.path("name").asText(), 1L, Long::sum));
        assertThat(counts)
                .hasSize(SCHEME.fields().size())
                .allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
        assertThat(jira.projectProperty("MED", Manifest.PROPERTY).toString()).doesNotContain(Manifest.PENDING);
        assertThat(provisioner.plan().writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSayWhatIsMissingWithoutAdministerJiraOrAProject(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.denyAdminister();

        assertThatExceptionOfType(ProvisioningException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("Administer Jira");
        Plan other = new Provisioner(connect(), SCHEME, "NOPE", "", m -> {}).plan();

        assertThat(other.blockers())
                .anySatisfy(
                        b -> assertThat(b).contains(flavour == Flavour.CLOUD ? "space" : "project", "does not exist"));
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldStopCleanlyWhenAWorkflowTaskIsRunningAndFinishLater(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.inject(Fault.status("POST", "/statuses$", 1, 409, Map.of()));
        jira.inject(Fault.status("POST", "/issuetype$", 1, 429, Map.of("Retry-After", "2")));

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(provisioner::apply)
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.CONFLICT))
                .withMessageContaining("POST /rest/api/3/statuses");
        provisioner.apply();

        assertThat(sleeps).contains(Duration.ofSeconds(2));
        assertThat(provisioner.plan().writes()).isZero();
        assertThat(connect().admin().statuses())
                .extracting(s -> s.path("name").asText())
                .contains("Investigating", "Verifying");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReportDriftWhenTheSchemeGrows(final Flavour flavour) throws Exception {
        start(flavour).apply();
        Scheme grown = new Scheme(
                2,
                SCHEME.issueTypes(),
                java.util.stream.Stream.concat(
                                SCHEME.fields().stream(),
                                java.util.stream.Stream.of(new Scheme.Field(
                                        "Notified Body Reference",
                                        io.trace62304.jiraapp.scheme.FieldKind.TEXT,
                                        "",
                                        List.of(),
                                        List.of("Software Problem Report"))))
                        .toList(),
                SCHEME.linkTypes(),
                SCHEME.statuses(),
                SCHEME.workflows());

        Plan drift = new Provisioner(connect(), grown, "MED", "", m -> {}).plan();

        assertThat(drift.actions())
                .filteredOn(a -> a.verb().writes())
                .extracting(Action::kind, Action::name)
                .as("the new field goes on the all-fields screen and its issue type's own")
                .containsExactlyElementsOf(
                        flavour == Flavour.CLOUD
                                ? List.of(
                                        org.assertj.core.groups.Tuple.tuple(Kind.FIELD, "Notified Body Reference"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                Kind.SCREEN_FIELDS, "Trace62304: IEC 62304"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                Kind.SCREEN_FIELDS, "Trace62304: Software Problem Report"))
                                : List.of(org.assertj.core.groups.Tuple.tuple(Kind.FIELD, "Notified Body Reference")));
        assertThat(drift.isSettled()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldUpdateTheAppsWorkflowWhenTheSchemeChangesItsRules(final Flavour flavour) throws Exception {
        start(flavour).apply();
        Scheme.Workflow problems = SCHEME.workflows().get(0);
        Scheme changed = withCloseRule(SCHEME, "Verification Evidence");
        Provisioner provisioner = new Provisioner(connect(), changed, "MED", "", m -> {});

        Plan plan = provisioner.plan();
        provisioner.apply();

        assertThat(plan.actions())
                .filteredOn(a -> a.verb().writes())
                .extracting(Action::kind, Action::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.WORKFLOW, problems.name()));
        JsonNode updated = connect()
                .admin()
                .workflows()
                .workflows(List.of(problems.name()))
                .get(0);
        assertThat(updated.path("version").path("versionNumber").asInt()).isEqualTo(1);
        assertThat(updated.toString())
                .contains(
                        "IEC 62304 (Close (Class A, B)): Risk Evaluation, Root Cause, Verification Evidence required");
        jira.resetCounts();
        assertThat(provisioner.plan().writes()).isZero();
        provisioner.apply();
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldGiveEachIssueTypeItsOwnScreenAndMapANewIssueTypeToIts(final Flavour flavour) throws Exception {
        Scheme withoutHazard = new Scheme(
                1,
                SCHEME.issueTypes().stream()
                        .filter(t -> !t.name().equals("Hazard"))
                        .toList(),
                SCHEME.fields(),
                SCHEME.linkTypes(),
                SCHEME.statuses(),
                SCHEME.workflows().stream()
                        .map(w -> new Scheme.Workflow(
                                w.name(),
                                w.issueTypes().stream()
                                        .filter(t -> !t.equals("Hazard"))
                                        .toList(),
                                w.initial(),
                                w.transitions()))
                        .toList());
        start(flavour);
        new Provisioner(connect(), withoutHazard, "MED", "", m -> {}).apply();
        Provisioner full = new Provisioner(connect(), SCHEME, "MED", "", m -> {});

        Plan grown = full.plan();
        full.apply();

        assertThat(grown.actions())
                .filteredOn(a -> a.verb().writes())
                .extracting(Action::kind, Action::name)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Kind.SCREEN, "Trace62304: Hazard"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ISSUE_TYPE_SCREEN_SCHEME, "Trace62304: IEC 62304"));
        assertThat(find(grown, Kind.ISSUE_TYPE_SCREEN_SCHEME, "Trace62304: IEC 62304")
                        .detail())
                .contains("Hazard");
        JiraClient client = connect();
        String scheme = client.admin().screens().issueTypeScreenSchemes().stream()
                .filter(s -> s.path("name").asText().equals("Trace62304: IEC 62304"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
        Map<String, String> mappings = client.admin().screens().issueTypeScreenSchemeMappings(scheme);
        Map<String, String> screenSchemes = new java.util.HashMap<>();
        client.admin()
                .screens()
                .screenSchemes()
                .forEach(s ->
                        screenSchemes.put(s.path("id").asText(), s.path("name").asText()));
        Map<String, String> types = new java.util.HashMap<>();
        client.admin()
                .issueTypes()
                .forEach(t -> types.put(t.path("id").asText(), t.path("name").asText()));
        Map<String, String> byName = new java.util.TreeMap<>();
        mappings.forEach(
                (type, screenScheme) -> byName.put(types.getOrDefault(type, type), screenSchemes.get(screenScheme)));
        assertThat(byName)
                .hasSize(9)
                .containsEntry("default", "Trace62304: IEC 62304")
                .containsEntry("Hazard", "Trace62304: Hazard")
                .containsEntry("SOUP Item", "Trace62304: SOUP Item");
        JsonNode soup =
                client.admin().screens().screens("Trace62304: SOUP Item").get(0);
        List<String> fields = new java.util.ArrayList<>();
        client.admin()
                .screens()
                .tabFields(
                        soup.path("id").asText(),
                        client.admin()
                                .screens()
                                .tabs(soup.path("id").asText())
                                .get(0)
                                .path("id")
                                .asText())
                .forEach(f -> fields.add(f.path("id").asText()));
        assertThat(fields)
                .contains("summary", fieldId(client, "Safety Class"), fieldId(client, "SOUP Version"))
                .doesNotContain(fieldId(client, "Root Cause"))
                .hasSize(2 + SCHEME.fieldsOf("SOUP Item").size());
        assertThat(full.plan().writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "DATA_CENTER")
    void shouldFinishADataCenterSiteOverRestOnceTheAdministratorsStepsAreDone(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        provisioner.apply();
        Plan first = provisioner.plan();
        SCHEME.statuses()
                .forEach(st -> jira.status(
                        st.name(),
                        switch (st.category()) {
                            case TODO -> "new";
                            case IN_PROGRESS -> "indeterminate";
                            case DONE -> "done";
                        }));
        SCHEME.workflows().forEach(w -> jira.importedWorkflow(w.name()));
        String screen = jira.screen("Trace62304: IEC 62304", "The IEC 62304 fields. " + Scheme.MARKER);

        Plan second = provisioner.plan();
        provisioner.apply();
        Plan third = provisioner.plan();
        String workflowScheme = jira.projectProperty("MED", Manifest.PROPERTY)
                .path("objects")
                .path("workflow scheme/Trace62304: IEC 62304 workflows")
                .asText();
        jira.useWorkflowScheme("MED", workflowScheme);
        jira.resetCounts();
        Plan settled = provisioner.plan();

        assertThat(find(first, Kind.WORKFLOW_SCHEME, "Trace62304: IEC 62304 workflows")
                        .detail())
                .contains("once the workflows are imported");
        assertThat(find(first, Kind.SCREEN, "Trace62304: IEC 62304").verb()).isEqualTo(Verb.MANUAL);
        assertThat(second.actions())
                .filteredOn(a -> a.verb().writes())
                .extracting(Action::kind)
                .containsExactly(Kind.SCREEN_FIELDS, Kind.WORKFLOW_SCHEME);
        JsonNode created = connect()
                .admin()
                .dataCenterWorkflowSchemes()
                .get(workflowScheme)
                .orElseThrow();
        assertThat(created.path("issueTypeMappings").size())
                .isEqualTo(SCHEME.workflows().stream()
                        .mapToInt(w -> w.issueTypes().size())
                        .sum());
        assertThat(created.path("description").asText()).contains(Scheme.MARKER);
        assertThat(connect()
                        .admin()
                        .screens()
                        .tabFields(
                                screen,
                                connect()
                                        .admin()
                                        .screens()
                                        .tabs(screen)
                                        .get(0)
                                        .path("id")
                                        .asText()))
                .hasSize(2 + SCHEME.fields().size());
        assertThat(find(third, Kind.PROJECT, "MED workflows").detail()).contains("Switch scheme");
        assertThat(third.manual()).extracting(Action::name).containsExactly("MED workflows");
        assertThat(settled.isSettled()).as(settled.text()).isTrue();
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "DATA_CENTER")
    void shouldNotAddFieldsToAScreenOfTheSameNameThatIsNotTheApps(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.screen("Trace62304: IEC 62304", "Our own screen");

        Plan plan = provisioner.plan();

        assertThat(find(plan, Kind.SCREEN, "Trace62304: IEC 62304").verb()).isEqualTo(Verb.USE);
        assertThat(find(plan, Kind.SCREEN_FIELDS, "Trace62304: IEC 62304").verb())
                .isEqualTo(Verb.CONFLICT);
        assertThatExceptionOfType(ProvisioningException.class).isThrownBy(provisioner::apply);
        assertThat(jira.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldCarryTheClassRulesAsBuiltInConditionsAndValidatorsWithoutTheForgeApp(final Flavour flavour)
            throws Exception {
        start(flavour).apply();
        JiraClient client = connect();
        String safetyClass = fieldId(client, "Safety Class");
        Map<String, String> classes = new java.util.HashMap<>();
        String context = client.admin().contexts(safetyClass).get(0).path("id").asText();
        client.admin()
                .options(safetyClass, context)
                .forEach(o -> classes.put(o.path("value").asText(), o.path("id").asText()));
        Map<String, String> statuses = new java.util.HashMap<>();
        client.admin()
                .statuses()
                .forEach(st ->
                        statuses.put(st.path("name").asText(), st.path("id").asText()));

        JsonNode problems = client.admin()
                .workflows()
                .workflows(List.of(SCHEME.workflows().get(0).name()))
                .get(0);

        assertThat(transitions(problems))
                .filteredOn(t -> t.path("name").asText().startsWith("Close"))
                .extracting(t -> t.path("name").asText())
                .containsExactly("Close (Class A, B)", "Close (Class C)", "Close Without Action");
        JsonNode closeAB = transition(problems, "Close (Class A, B)");
        JsonNode closeC = transition(problems, "Close (Class C)");
        assertThat(condition(closeAB, "system:check-field-value")
                        .path("fieldValue")
                        .asText())
                .isEqualTo("[\"" + classes.get("A") + "\",\"" + classes.get("B") + "\"]");
        assertThat(condition(closeAB, "system:check-field-value")
                        .path("comparator")
                        .asText())
                .isEqualTo("=");
        assertThat(closeAB.path("validators")
                        .get(0)
                        .path("parameters")
                        .path("fieldsRequired")
                        .asText())
                .as("Clause 9 applies to Class A since Amendment 1")
                .isEqualTo(fieldId(client, "Risk Evaluation") + "," + fieldId(client, "Root Cause"));
        JsonNode withoutAction = transition(problems, "Close Without Action");
        assertThat(withoutAction.path("conditions").path("conditions")).isEmpty();
        assertThat(withoutAction
                        .path("validators")
                        .get(0)
                        .path("parameters")
                        .path("fieldsRequired")
                        .asText())
                .isEqualTo(fieldId(client, "No Action Rationale") + "," + fieldId(client, "Risk Evaluation"));
        JsonNode unclassified = condition(closeC, "system:check-field-value");
        assertThat(unclassified.path("comparator").asText())
                .as("C and no class: neither A nor B")
                .isEqualTo("!=");
        assertThat(unclassified.path("fieldValue").asText())
                .isEqualTo("[\"" + classes.get("A") + "\",\"" + classes.get("B") + "\"]");
        assertThat(unclassified.path("comparisonType").asText()).isEqualTo("OPTIONID");
        assertThat(condition(closeC, "system:separation-of-duties")
                        .path("toStatusId")
                        .asText())
                .isEqualTo(statuses.get("Verifying"));
        assertThat(transition(problems, "Verify").path("conditions").path("conditions"))
                .isEmpty();
    }

    /**
     * Issue 16: "Close Without Action" sets the Resolution (Won't Do, the site's id) with Jira's "Update field" post
     * function, so the release gate reads the report as closed without action (9.5); Implementing is reached only
     * from Change Approved (8.2.1).
     */
    @org.junit.jupiter.api.Test
    void shouldSetTheResolutionWhenClosingWithoutActionAndImplementOnlyAnApprovedChange() throws Exception {
        start(Flavour.CLOUD).apply();
        JiraClient client = connect();
        String wontDo = client.admin().resolutions().stream()
                .filter(r -> r.path("name").asText().equals("Won't Do"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
        Map<String, String> statuses = new java.util.HashMap<>();
        client.admin()
                .statuses()
                .forEach(st ->
                        statuses.put(st.path("id").asText(), st.path("name").asText()));

        JsonNode problems = client.admin()
                .workflows()
                .workflows(List.of(SCHEME.workflows().get(0).name()))
                .get(0);

        JsonNode setResolution = transition(problems, "Close Without Action").path("actions");
        assertThat(setResolution).hasSize(1);
        assertThat(setResolution.get(0).path("ruleKey").asText()).isEqualTo("system:update-field");
        assertThat(setResolution.get(0).path("parameters").path("field").asText())
                .isEqualTo("resolution");
        assertThat(setResolution.get(0).path("parameters").path("value").asText())
                .isEqualTo(wontDo);
        assertThat(transition(problems, "Implement").path("links"))
                .extracting(l -> statuses.get(l.path("fromStatusReference").asText()))
                .containsExactly("Change Approved");
        assertThat(transition(problems, "Close (Class C)").path("actions")).isEmpty();
        assertThat(transition(problems, "Investigate")
                        .path("validators")
                        .get(0)
                        .path("parameters")
                        .path("fieldsRequired")
                        .asText())
                .isEqualTo(fieldId(client, "Criticality") + "," + fieldId(client, "Problem Type"));
    }

    /**
     * Issue 16, Field Schemes (Atlassian RFC-103/RFC-105): on a Cloud space moved to Field Schemes a custom field can be
     * set only when the space's field scheme has it for the work item's type, and contexts no longer hide fields.
     * apply gives the space the app's field scheme, a copy of the one it used, with each scheme field for its work
     * types, and switches the space to it; another space on the default scheme is untouched, and a second apply writes
     * nothing.
     */
    @org.junit.jupiter.api.Test
    void shouldGiveASpaceOnFieldSchemesTheAppsFieldSchemeWithEachFieldForItsWorkTypes() throws Exception {
        Provisioner provisioner = start(Flavour.CLOUD);
        jira.project("OTH", "Another space");
        jira.useFieldSchemes("MED");
        jira.useFieldSchemes("OTH");
        JiraClient client = connect();
        String standard = client.admin().fieldSchemes().schemeOf(projectId()).orElseThrow();

        Plan plan = provisioner.plan();

        assertThat(find(plan, Kind.FIELD_SCHEME, Scheme.FIELD_SCHEME).verb()).isEqualTo(Verb.CREATE);
        assertThat(find(plan, Kind.FIELD_SCHEME_FIELDS, Scheme.FIELD_SCHEME).verb())
                .isEqualTo(Verb.ADD);
        assertThat(find(plan, Kind.PROJECT, "id " + projectId()).detail()).contains("field scheme");

        provisioner.apply();

        String own = client.admin().fieldSchemes().schemeOf(projectId()).orElseThrow();
        assertThat(own).isNotEqualTo(standard);
        Map<String, List<String>> fields = client.admin().fieldSchemes().fields(own);
        String soupItem = client.admin().issueTypes().stream()
                .filter(t -> t.path("name").asText().equals("SOUP Item"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
        assertThat(fields).as("the space keeps the fields it had").containsKey("summary");
        assertThat(fields.get(fieldId(client, "SOUP Manufacturer"))).containsExactly(soupItem);
        assertThat(fields.get(fieldId(client, Scheme.SAFETY_CLASS)))
                .as("every work type")
                .isEmpty();
        assertThat(fields.keySet()).hasSize(28 + 4);
        assertThat(client.admin().fieldSchemes().fields(standard)).doesNotContainKey(fieldId(client, "Root Cause"));
        String otherSpace = client.project("OTH").orElseThrow().path("id").asText();
        assertThat(client.admin().fieldSchemes().schemeOf(otherSpace)).contains(standard);

        jira.issue("MED-1", "Software Problem Report", "Reported", false);
        jira.issue("OTH-1", "Software Problem Report", "Reported", false);
        String rootCause = fieldId(client, "Root Cause");
        assertThat(client.setField("MED-1", rootCause, "a race", ""))
                .isEqualTo(io.trace62304.jira.WriteOutcome.UPDATED);
        assertThatExceptionOfType(JiraException.class)
                .as("a space on the default field scheme cannot use the field, whatever its context")
                .isThrownBy(() -> client.setField("OTH-1", rootCause, "a race", ""))
                .withMessageContaining("HTTP 400");
        assertThatExceptionOfType(JiraException.class)
                .as("SOUP Manufacturer is for SOUP items only")
                .isThrownBy(() -> client.setField("MED-1", fieldId(client, "SOUP Manufacturer"), "Acme", ""));

        jira.resetCounts();
        Plan second = provisioner.apply();
        assertThat(jira.writes()).as("writes of a second apply").isZero();
        assertThat(second.isSettled()).isTrue();
        assertThat(find(second, Kind.FIELD_SCHEME_FIELDS, Scheme.FIELD_SCHEME).verb())
                .isEqualTo(Verb.KEEP);
    }

    /** Issue 16: the plan speaks each flavour's words: Jira Cloud's work type and space, Data Center's issue type and project. */
    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldUseTheWordsOfTheFlavoursJira(final Flavour flavour) throws Exception {
        String text = start(flavour).plan().text();

        if (flavour == Flavour.CLOUD) {
            assertThat(text)
                    .contains("CREATE    work type      Software Problem Report")
                    .contains("work type scheme")
                    .contains(", space MED")
                    .doesNotContain("issue type ");
        } else {
            assertThat(text)
                    .contains("CREATE    issue type     Software Problem Report")
                    .contains(", project MED")
                    .doesNotContain("work type");
        }
    }

    /** A space still on field configurations: no field scheme is made or assigned, and none is needed. */
    @org.junit.jupiter.api.Test
    void shouldLeaveASpaceOnFieldConfigurationsWithoutAFieldScheme() throws Exception {
        Provisioner provisioner = start(Flavour.CLOUD);

        Plan plan = provisioner.apply();

        assertThat(plan.actions())
                .filteredOn(a -> a.kind() == Kind.FIELD_SCHEME || a.kind() == Kind.FIELD_SCHEME_FIELDS)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.verb()).isEqualTo(Verb.USE);
                    assertThat(a.detail()).contains("field configurations");
                });
        assertThat(jira.counts().keySet())
                .filteredOn(endpoint -> endpoint.contains("/fieldschemes"))
                .allSatisfy(endpoint -> assertThat(endpoint).startsWith("GET "));
        jira.issue("MED-1", "SOUP Item", "Draft", false);
        assertThat(connect().setField("MED-1", fieldId(connect(), "SOUP Manufacturer"), "Acme", ""))
                .isEqualTo(io.trace62304.jira.WriteOutcome.UPDATED);
    }

    /** A site without the resolution the workflow sets: Cloud cannot make the workflow, so apply writes nothing. */
    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSayWhenTheResolutionTheWorkflowSetsIsMissing(final Flavour flavour) throws Exception {
        Provisioner provisioner = start(flavour);
        jira.removeResolution("Won't Do");

        Plan plan = provisioner.plan();

        assertThat(find(plan, Kind.RESOLUTION, "Won't Do").verb()).isEqualTo(Verb.MANUAL);
        assertThat(find(plan, Kind.RESOLUTION, "Won't Do").detail())
                .contains("set by Close Without Action", "Resolutions");
        if (flavour == Flavour.CLOUD) {
            assertThat(plan.blockers()).anySatisfy(b -> assertThat(b).contains("resolution 'Won't Do'"));
            assertThatExceptionOfType(ProvisioningException.class).isThrownBy(provisioner::apply);
            assertThat(jira.writes()).isZero();
        } else {
            assertThat(plan.blockers()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Flavour.class, names = "CLOUD")
    void shouldRefuseAWorkflowUpdateWhenSomeoneChangedItSinceItWasReadAndFinishOnTheNextApply(final Flavour flavour)
            throws Exception {
        start(flavour).apply();
        Scheme mine = withCloseRule(SCHEME, "Verification Evidence");
        Scheme theirs = withCloseRule(SCHEME, "Found In Build");
        java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
        Provisioner provisioner = new Provisioner(connect(), mine, "MED", "", message -> {
            if (message.startsWith("updating workflow") && !raced.getAndSet(true)) {
                try {
                    new Provisioner(connect(), theirs, "MED", "", m -> {}).apply();
                } catch (JiraException | ProvisioningException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(provisioner::apply)
                .withMessageContaining("/workflows/update/validation")
                .withMessageContaining("version conflict");
        provisioner.apply();

        JsonNode problems = connect()
                .admin()
                .workflows()
                .workflows(List.of(SCHEME.workflows().get(0).name()))
                .get(0);
        assertThat(problems.toString())
                .contains("Verification Evidence required")
                .doesNotContain("Found In Build");
        assertThat(problems.path("version").path("versionNumber").asInt()).isEqualTo(2);
        assertThat(provisioner.plan().writes()).isZero();
    }

    private static Scheme withCloseRule(final Scheme scheme, final String field) {
        Scheme.Workflow problems = scheme.workflows().get(0);
        List<Scheme.Transition> transitions = new java.util.ArrayList<>(problems.transitions());
        Scheme.Transition close = transitions.stream()
                .filter(t -> t.name().equals("Close"))
                .findFirst()
                .orElseThrow();
        List<io.trace62304.jiraapp.scheme.Rule> rules = new java.util.ArrayList<>(close.rules());
        rules.add(new io.trace62304.jiraapp.scheme.Rule.RequireFields(List.of(field), List.of()));
        transitions.set(transitions.indexOf(close), new Scheme.Transition("Close", close.from(), close.to(), rules));
        List<Scheme.Workflow> workflows = new java.util.ArrayList<>(scheme.workflows());
        workflows.set(0, new Scheme.Workflow(problems.name(), problems.issueTypes(), problems.initial(), transitions));
        return new Scheme(2, scheme.issueTypes(), scheme.fields(), scheme.linkTypes(), scheme.statuses(), workflows);
    }

    private static List<JsonNode> transitions(final JsonNode workflow) {
        List<JsonNode> transitions = new java.util.ArrayList<>();
        workflow.path("transitions").forEach(transitions::add);
        return transitions;
    }

    private static JsonNode transition(final JsonNode workflow, final String name) {
        return transitions(workflow).stream()
                .filter(t -> t.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode condition(final JsonNode transition, final String ruleKey) {
        for (JsonNode rule : transition.path("conditions").path("conditions")) {
            if (rule.path("ruleKey").asText().equals(ruleKey)) {
                return rule.path("parameters");
            }
        }
        throw new AssertionError(
                "no " + ruleKey + " on " + transition.path("name").asText());
    }

    private static String fieldId(final JiraClient client, final String name) throws JiraException {
        return client.admin().fields().stream()
                .filter(f -> f.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
    }

    private Provisioner start(final Flavour flavour) throws Exception {
        jira = JiraEmulator.startBlank(flavour);
        jira.project("MED", "Infusion pump");
        return new Provisioner(connect(), SCHEME, "MED", "", message -> {});
    }

    private String projectId() throws JiraException {
        return connect().project("MED").orElseThrow().path("id").asText();
    }

    private JiraClient connect() throws JiraException {
        return JiraClient.connect(jira.http(sleeps::add));
    }

    private static long count(final Plan plan, final Kind kind, final Verb verb) {
        return plan.actions().stream()
                .filter(a -> a.kind() == kind && a.verb() == verb)
                .count();
    }

    private static Action find(final Plan plan, final Kind kind, final String name) {
        return plan.actions().stream()
                .filter(a -> a.kind() == kind && a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
