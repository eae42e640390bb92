package io.trace62304.jiraapp.dc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.jiraapp.scheme.SchemeLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The problem report workflow as Data Center's workflow XML: the post function that sets the Resolution. */
class WorkflowXmlTest {
    private static final Scheme SCHEME = new SchemeLoader().defaults();
    private static final Scheme.Workflow PROBLEMS = SCHEME.workflows().get(0);

    @Test
    void shouldSetTheResolutionWithJirasUpdateIssueFieldFunctionOnlyWhenClosingWithoutAction() {
        String xml = WorkflowXml.write(PROBLEMS, statusIds(), Map.of("Won't Do", "10001"));

        String withoutAction = action(xml, "Close Without Action");
        assertThat(withoutAction)
                .contains("<arg name=\"field.name\">resolution</arg>")
                .contains("<arg name=\"field.value\">10001</arg>")
                .contains("com.atlassian.jira.workflow.function.issue.UpdateIssueFieldFunction");
        assertThat(action(xml, "Close")).doesNotContain("UpdateIssueFieldFunction");
        assertThat(xml.split("UpdateIssueFieldFunction", -1)).hasSize(2);
    }

    @Test
    void shouldWaitForAResolutionTheSiteLacks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkflowXml.write(PROBLEMS, statusIds(), Map.of()))
                .withMessageContaining("resolution 'Won't Do' is not on the site yet");
    }

    /** The text of the one action of that name. */
    private static String action(final String xml, final String name) {
        int start = xml.indexOf("<action id=\"");
        while (start >= 0) {
            int end = xml.indexOf("</action>", start);
            String action = xml.substring(start, end);
            if (action.contains("name=\"" + name + "\"")) {
                return action;
            }
            start = xml.indexOf("<action id=\"", end);
        }
        throw new AssertionError("no action " + name);
    }

    private static Map<String, String> statusIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        PROBLEMS.statuses().forEach(s -> ids.put(s, String.valueOf(10100 + ids.size())));
        return ids;
    }
}
