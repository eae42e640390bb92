package io.trace62304.jira.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The contract check finds real mismatches, and its allowances stay narrow. */
class SpecContractTest {
    private static final Map<String, String> JSON =
            Map.of("Content-Type", "application/json", "Authorization", "Basic eA==");

    @Test
    void shouldFlagAnAnswerTheCloudSpecDoesNotAllow() {
        SpecContract cloud = active(Flavour.CLOUD);

        assertThat(cloud.check(
                        "POST",
                        "/rest/api/3/search/jql",
                        Map.of(),
                        JSON,
                        "{\"jql\":\"project = MED\"}",
                        200,
                        "{\"issues\":[],\"isLast\":true,\"total\":0}"))
                .singleElement()
                .asString()
                .contains("additionalProperties")
                .contains("total");
        assertThat(cloud.check(
                        "POST",
                        "/rest/api/3/search/jql",
                        Map.of(),
                        JSON,
                        "{\"jql\":7}",
                        200,
                        "{\"issues\":[],\"isLast\":true}"))
                .singleElement()
                .asString()
                .contains("validation.request.body");
        assertThat(cloud.check(
                        "GET",
                        "/rest/api/3/issue/MED-1/remotelink",
                        Map.of(),
                        JSON,
                        "",
                        200,
                        "{\"id\":\"not a number\"}"))
                .isNotEmpty();
    }

    @Test
    void shouldKeepTheDataCenterAllowancesNarrow() {
        SpecContract dc = active(Flavour.DATA_CENTER);

        assertThat(dc.check("GET", "/rest/api/2/field", Map.of(), JSON, "", 200, "[{\"id\":\"summary\"}]"))
                .isEmpty();
        assertThat(dc.check("GET", "/rest/api/2/serverInfo", Map.of(), JSON, "", 500, ""))
                .isNotEmpty();
        assertThat(dc.check("POST", "/rest/api/2/search", Map.of(), JSON, "{\"startAt\":\"zero\"}", 200, "{}"))
                .isNotEmpty();
        assertThat(dc.check("GET", "/rest/api/2/not-an-endpoint", Map.of("a", List.of("b")), JSON, "", 200, "{}"))
                .isNotEmpty();
    }

    @Test
    void shouldFlagAQueryParameterTheDescriptionDoesNotHave() {
        SpecContract dc = active(Flavour.DATA_CENTER);
        String answer = "{\"permissions\":{}}";

        assertThat(dc.check(
                        "GET",
                        "/rest/api/2/mypermissions",
                        Map.of("projectKey", List.of("MED"), "permissions", List.of("ADMINISTER")),
                        JSON,
                        "",
                        200,
                        answer))
                .singleElement()
                .asString()
                .contains("validation.request.parameter.query.unexpected")
                .contains("permissions");
        assertThat(dc.check(
                        "GET",
                        "/rest/api/2/mypermissions",
                        Map.of("projectKey", List.of("MED")),
                        JSON,
                        "",
                        200,
                        answer))
                .isEmpty();
    }

    private static SpecContract active(final Flavour flavour) {
        SpecContract contract = SpecContract.of(flavour);
        Assumptions.assumeTrue(contract.isActive(), "the OpenAPI descriptions are not beside this checkout");
        return contract;
    }
}
