package io.trace62304.jiraapp.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.HarmSeverity;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheme the app provisions holds everything the release gate reads from Jira: every issue type, field and link
 * type of the shared model, under the same names and phrases. A field the gate reads but Jira never offers would make
 * a rule unsatisfiable for Jira users; this test fails when the two drift apart.
 */
class SchemeCoversTheGateTest {
    private static final Scheme SCHEME = new SchemeLoader().defaults();

    @Test
    void shouldProvisionAnIssueTypeForEveryItemTypeTheGateKnows() {
        List<String> provisioned =
                SCHEME.issueTypes().stream().map(Scheme.IssueType::name).toList();

        assertThat(Arrays.stream(ItemType.values())
                        .filter(type -> type != ItemType.OTHER)
                        .map(ItemType::displayName))
                .allSatisfy(name ->
                        assertThat(provisioned).as("issue type %s", name).contains(name));
    }

    @Test
    void shouldProvisionEveryFieldTheGateReads() {
        assertThat(Arrays.stream(ItemField.values())
                        // Jira's own system fields
                        .filter(field -> field != ItemField.RESOLUTION && field != ItemField.DESCRIPTION)
                        .map(ItemField::fieldName))
                .allSatisfy(name ->
                        assertThat(SCHEME.field(name)).as("field %s", name).isPresent());
        assertThat(SCHEME.field("Hazard Severity"))
                .hasValueSatisfying(field -> assertThat(field.options())
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(HarmSeverity.values())
                                .map(HarmSeverity::label)
                                .toList()));
    }

    @Test
    void shouldProvisionEveryLinkTypeWithTheGatesPhrases() {
        assertThat(Arrays.stream(LinkType.values())
                        .map(type -> new Scheme.LinkType(type.typeName(), type.outward(), type.inward())))
                .allSatisfy(type -> assertThat(SCHEME.linkTypes()).contains(type));
    }
}
