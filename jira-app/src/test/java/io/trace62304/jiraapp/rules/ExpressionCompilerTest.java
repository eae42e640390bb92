package io.trace62304.jiraapp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.jiraapp.scheme.SchemeLoader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class-based rules as Jira expressions, evaluated against sample issues. */
class ExpressionCompilerTest {
    private static final Scheme SCHEME = new SchemeLoader().defaults();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FIELDS = fieldIds();
    private static final Map<String, String> STATUSES = Map.of(
            "Verifying",
            "10007",
            "Closed",
            "10008",
            "Investigating",
            "10002",
            "Verified",
            "10020",
            "Approved",
            "10021");
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler(FIELDS, STATUSES);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "C | true  | true  | true  | alice | true",
                "C | false | true  | true  | alice | IEC 62304 (Close): All classes: Root Cause, Risk Evaluation required",
                "  | false | true  | true  | alice | IEC 62304 (Close): All classes: Root Cause, Risk Evaluation required",
                "C | true  | false | true  | alice | IEC 62304 (Close): Class C: an inward 'Verifies' link required",
                "C | true  | true  | false | alice | IEC 62304 (Close): Class C: not by the user who made 'Verify' (independent verification)",
                "B | true  | false | false | alice | true",
                "B | false | false | false | alice | IEC 62304 (Close): All classes: Root Cause, Risk Evaluation required",
                "A | false | false | false | alice | IEC 62304 (Close): All classes: Root Cause, Risk Evaluation required",
                "A | true  | false | false | alice | true"
            })
    void shouldCloseAProblemReportOnlyWhenItsClassRulesHold(
            final String safetyClass,
            final boolean fields,
            final boolean verifiedLink,
            final boolean otherVerifier,
            final String user,
            final String expected)
            throws Exception {
        String expression = COMPILER.compile(SCHEME.workflows().get(0), transition(0, "Close"));
        JsonNode issue = issue(safetyClass, fields, verifiedLink, otherVerifier ? "bob" : user);

        Object result =
                ExpressionEvaluator.evaluate(expression, issue, JSON.readTree("{\"accountId\": \"" + user + "\"}"));

        assertThat(String.valueOf(result)).isEqualTo(expected);
    }

    @Test
    void shouldCompileEveryTransitionOfTheShippedSchemeIntoTheCheckedSubset() throws Exception {
        JsonNode blank = issue("A", false, false, "bob");
        for (Scheme.Workflow workflow : SCHEME.workflows()) {
            for (Scheme.Transition transition : workflow.transitions()) {
                Object result = ExpressionEvaluator.evaluate(
                        COMPILER.compile(workflow, transition), blank, JSON.readTree("{\"accountId\": \"alice\"}"));
                assertThat(result)
                        .as(workflow.name() + " / " + transition.name())
                        .isIn(
                                true,
                                "IEC 62304 ("
                                        + transition.name() + "): All classes: "
                                        + (transition.rules().isEmpty()
                                                ? ""
                                                : transition
                                                        .rules()
                                                        .get(0)
                                                        .describe()
                                                        .replace("All classes: ", "")));
            }
        }
        assertThat(COMPILER.compile(SCHEME.workflows().get(0), transition(0, "Verify")))
                .isEqualTo("true");
    }

    @Test
    void shouldRefuseToCompileForASiteWithoutTheFields() {
        ExpressionCompiler bare = new ExpressionCompiler(Map.of(), STATUSES);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> bare.compile(SCHEME.workflows().get(0), transition(0, "Close")))
                .withMessageContaining("'Safety Class' is not on the site");
    }

    @Test
    void shouldQuoteNamesWithQuotes() {
        assertThat(ExpressionCompiler.string("it's \\ here")).isEqualTo("'it\\'s \\\\ here'");
    }

    private static Scheme.Transition transition(final int workflow, final String name) {
        return SCHEME.workflows().get(workflow).transitions().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode issue(
            final String safetyClass, final boolean fields, final boolean verifiedLink, final String verifier)
            throws Exception {
        StringBuilder json = new StringBuilder("{");
        if (safetyClass != null && !safetyClass.isBlank()) {
            json.append('"')
                    .append(FIELDS.get("Safety Class"))
                    .append("\": {\"value\": \"")
                    .append(safetyClass)
                    .append("\"},");
        }
        if (fields) {
            json.append('"')
                    .append(FIELDS.get("Root Cause"))
                    .append("\": \"rounding\", \"")
                    .append(FIELDS.get("Risk Evaluation"))
                    .append("\": \"no hazard\",");
        }
        json.append("\"links\": [")
                .append(verifiedLink ? "{\"type\": {\"name\": \"Verifies\"}, \"direction\": " + "\"inward\"}, " : "")
                .append("{\"type\": {\"name\": \"Relates\"}, \"direction\": \"outward\"}],");
        json.append("\"changelogs\": [{\"author\": {\"accountId\": \"")
                .append(verifier)
                .append("\"}, \"items\": ")
                .append("[{\"field\": \"status\", \"to\": \"10007\"}]}, {\"author\": {\"accountId\": \"carol\"}, ")
                .append("\"items\": [{\"field\": \"Root Cause\", \"to\": null}]}]}");
        return JSON.readTree(json.toString());
    }

    private static Map<String, String> fieldIds() {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < SCHEME.fields().size(); i++) {
            ids.put(SCHEME.fields().get(i).name(), "customfield_" + (10100 + i));
        }
        return ids;
    }
}
