package io.trace62304.jiraapp.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped scheme, a team's extension of it, and the errors a broken one gets before anything is sent. */
class SchemeLoaderTest {
    @TempDir
    Path dir;

    /**
     * Issue 16, Clause 9 as Jira enforces it: a report leaves Reported only classified (Problem Type, Criticality;
     * 9.1); a deferred change is approved again before it is implemented (8.2.1: Deferred never leads straight to
     * Implementing); a closure without action needs its rationale and sets the Resolution the gate reads as such.
     */
    @Test
    void shouldShipTheClause9WorkflowWithApprovalBeforeImplementingAndAResolutionForClosingWithoutAction() {
        Scheme.Workflow problems = new SchemeLoader().defaults().workflows().get(0);

        assertThat(transitionsFrom(problems, "Reported"))
                .singleElement()
                .satisfies(t -> assertThat(t.rules())
                        .containsExactly(new Rule.RequireFields(
                                java.util.List.of("Problem Type", "Criticality"), java.util.List.of())));
        assertThat(transitionsFrom(problems, "Deferred"))
                .extracting(Scheme.Transition::to)
                .doesNotContain("Implementing")
                .contains("Change Approved");
        assertThat(problems.transitions())
                .filteredOn(t -> t.to().equals("Implementing"))
                .flatExtracting(Scheme.Transition::from)
                .containsExactly("Change Approved");
        Scheme.Transition withoutAction = problems.transitions().stream()
                .filter(t -> t.name().equals("Close Without Action"))
                .findFirst()
                .orElseThrow();
        assertThat(withoutAction.resolution()).isEqualTo("Won't Do");
        assertThat(withoutAction.rules())
                .first()
                .isEqualTo(new Rule.RequireFields(
                        java.util.List.of("No Action Rationale", "Risk Evaluation"), java.util.List.of()));
        assertThat(new SchemeLoader().defaults().resolutions()).containsExactly("Won't Do");
    }

    @Test
    void shouldRefuseAResolutionOnATransitionToAStatusThatIsNotDone() throws Exception {
        Path file = dir.resolve("team.yaml");
        Files.writeString(file, """
                workflows:
                  - name: "Trace62304: Software Problem Report (Clause 9)"
                    issueTypes: [Software Problem Report]
                    initial: Reported
                    transitions:
                      - {name: Investigate, from: [Reported], to: Investigating, resolution: Done}
                """);

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> new SchemeLoader().load(file))
                .withMessageContaining("/workflows/0/transitions/0/resolution")
                .withMessageContaining("only by a transition to a done status");
    }

    private static java.util.List<Scheme.Transition> transitionsFrom(
            final Scheme.Workflow workflow, final String status) {
        return workflow.transitions().stream()
                .filter(t -> t.from().contains(status))
                .toList();
    }

    @Test
    void shouldShipTheCanonicalScheme() {
        Scheme scheme = new SchemeLoader().defaults();

        assertThat(scheme.issueTypes())
                .extracting(Scheme.IssueType::name)
                .containsExactly(
                        "Software Problem Report",
                        "Risk Control",
                        "SOUP Item",
                        "Software Requirement",
                        "Software System",
                        "Software Item",
                        "Verification Record",
                        "Hazard");
        assertThat(scheme.fields()).hasSize(28);
        assertThat(scheme.field("Safety Class"))
                .hasValueSatisfying(f -> assertThat(f.options()).containsExactly("A", "B", "C"));
        assertThat(scheme.linkTypes()).extracting(Scheme.LinkType::inward).contains("is verified by", "is used by");
        Scheme.Workflow problems = scheme.workflows().get(0);
        assertThat(problems.statuses())
                .containsExactly(
                        "Reported",
                        "Investigating",
                        "Deferred",
                        "Change Approved",
                        "Implementing",
                        "Verifying",
                        "Closed");
        Scheme.Transition close = problems.transitions().stream()
                .filter(t -> t.name().equals("Close"))
                .findFirst()
                .orElseThrow();
        assertThat(close.rules())
                .containsExactly(
                        new Rule.RequireFields(java.util.List.of("Root Cause", "Risk Evaluation"), java.util.List.of()),
                        new Rule.RequireLink("Verifies", Rule.RequireLink.Direction.INWARD, java.util.List.of("C")),
                        new Rule.SeparateFrom("Verify", java.util.List.of("C")));
        assertThat(close.rules().get(1).appliesTo(""))
                .as("an unclassified issue is Class C")
                .isTrue();
        assertThat(close.rules().get(0).appliesTo("A"))
                .as("Clause 9 applies to Class A since Amendment 1")
                .isTrue();
        assertThat(close.rules().get(1).appliesTo("A")).isFalse();
    }

    @Test
    void shouldLetATeamReplaceAndAddByName() throws Exception {
        Scheme scheme = new SchemeLoader().load(write("""
                scheme: trace62304-scheme/1
                version: 2
                fields:
                  - {name: Criticality, type: select, options: [S1, S2, S3], issueTypes: [Software Problem Report]}
                  - {name: Notified Body Reference, type: text}
                statuses:
                  - {name: Accepted Risk, category: TODO}
                """));

        assertThat(scheme.version()).isEqualTo(2);
        assertThat(scheme.field("Criticality"))
                .hasValueSatisfying(f -> assertThat(f.options()).containsExactly("S1", "S2", "S3"));
        assertThat(scheme.fields())
                .hasSize(29)
                .last()
                .extracting(Scheme.Field::name)
                .isEqualTo("Notified Body Reference");
        assertThat(scheme.status("Accepted Risk")).isPresent();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fields: [{name: Safety Class, type: text}] | /fields/0 | must be a select",
                "fields: [{name: Extra, type: select}] | /fields/28/options | a select field needs options",
                "fields: [{name: Safety Class, type: select, options: [1, 2, 3]}] | /fields/0 | exactly the options A, B and C",
                "fields: [{name: Extra, type: select, options: [a], colour: red}] | /fields/28/colour | unknown key 'colour'",
                "fields: [{name: Extra, type: checkbox}] | /fields/28/type | 'checkbox' is not one of",
                "fields: [{name: Extra, type: text, issueTypes: [Epic]}] | /fields/28/issueTypes | unknown issue type 'Epic'",
                "statuses: [{name: Deferred}] | /statuses/3/category | a value is required",
                "workflows: [{name: W, issueTypes: [Hazard], initial: Draft, transitions: []}] | /workflows/4/issueTypes | 'Hazard' already has a workflow",
                "workflows: [{name: W, issueTypes: [Task], initial: Draft, transitions: []}] | /workflows/4/issueTypes | unknown issue type 'Task'",
                "workflows: [{name: 'Trace62304: SOUP Item (Clause 8)', issueTypes: [SOUP Item], initial: Draft, transitions: [{name: Go, from: [Draft], to: Nowhere}]}] | /workflows/2/transitions/0/to | unknown status 'Nowhere'",
                "workflows: [{name: 'Trace62304: SOUP Item (Clause 8)', issueTypes: [SOUP Item], initial: Draft, transitions: [{name: Go, from: [Draft], to: Approved, rules: [{require: [Colour]}]}]}] | /workflows/2/transitions/0/rules/0/require | unknown field 'Colour'",
                "workflows: [{name: 'Trace62304: SOUP Item (Clause 8)', issueTypes: [SOUP Item], initial: Draft, transitions: [{name: Go, from: [Draft], to: Approved, rules: [{require: [Root Cause], separateFrom: Go}]}]}] | /workflows/2/transitions/0/rules/0 | exactly one of",
                "workflows: [{name: 'Trace62304: SOUP Item (Clause 8)', issueTypes: [SOUP Item], initial: Draft, transitions: [{name: Go, from: [Draft], to: Approved, rules: [{require: [Root Cause], classes: [D]}]}]}] | /workflows/2/transitions/0/rules/0/classes | unknown safety class 'D'",
                "linkTypes: [{name: Traces, outward: traces}] | /linkTypes/6/inward | a value is required",
                "issueTypes: [{description: nameless}] | /issueTypes/0/name | every entry needs a name"
            })
    void shouldNameTheFileAndPointerOfEveryMistake(final String yaml, final String pointer, final String reason)
            throws IOException {
        Path file = write("scheme: trace62304-scheme/1\n" + yaml + "\n");

        assertThatExceptionOfType(ReportException.class)
                .isThrownBy(() -> new SchemeLoader().load(file))
                .withMessageStartingWith(file.toString())
                .withMessageContaining("at JSON " + pointer)
                .withMessageContaining(reason);
    }

    private Path write(final String yaml) throws IOException {
        return Files.writeString(dir.resolve("scheme.yaml"), yaml);
    }
}
