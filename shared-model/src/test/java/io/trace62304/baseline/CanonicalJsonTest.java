package io.trace62304.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS) canonical form, with the examples of the RFC where they apply to our values. */
class CanonicalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldSortMembersByUtf16CodeUnitsAndDropWhitespace() throws JsonProcessingException {
        // RFC 8785 section 3.2.3: sorting on UTF-16 code units, not on code points.
        JsonNode node = MAPPER.readTree("{ \"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", "
                + "\"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\", \"1\": \"One\", "
                + "\"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\", "
                + "\"\\u00f6\": \"Latin Small Letter O With Diaeresis\" }");

        String canonical = new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8);

        assertThat(canonical)
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void shouldEscapeOnlyWhatJsonRequires() throws JsonProcessingException {
        JsonNode node = MAPPER.readTree("[\"\\u0000\\b\\f\\n\\r\\t\\\"\\\\/\\u001f\\u007f\\u2028<>&\"]");

        assertThat(new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8))
                .isEqualTo("[\"\\u0000\\b\\f\\n\\r\\t\\\"\\\\/\\u001f\u007f\u2028<>&\"]");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "-0.0, 0",
        "1.0, 1",
        "9.80, 9.8",
        "-1.5, -1.5",
        "0.000001, 0.000001",
        "100, 100",
        "9007199254740992, 9007199254740992",
        "123456789012.345, 123456789012.345"
    })
    void shouldPrintNumbersAsEcmaScriptDoes(final String written, final String canonical) {
        JsonNode node = new JsonNodeFactory(true).numberNode(new BigDecimal(written));

        assertThat(CanonicalJson.number(node)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"1e21", "0.0000001", "9007199254740993", "0.1234567890123456789"})
    void shouldRefuseNumbersWithoutAnExactCanonicalForm(final String written) {
        JsonNode node = new JsonNodeFactory(true).numberNode(new BigDecimal(written));

        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.number(node));
    }

    @Test
    void shouldWriteLiteralsAndNesting() throws JsonProcessingException {
        JsonNode node = MAPPER.readTree("{ \"b\" : [ true, false, null, { } , [ ] ], \"a\" : 1 }");

        assertThat(new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":1,\"b\":[true,false,null,{},[]]}");
    }

    @Test
    void shouldStreamArraysGivenApartToTheSameBytesAsTheWholeTree() throws JsonProcessingException {
        // strings longer than the writer's buffer, with surrogate pairs on both sides of its boundaries
        String long1 = "\ud83d\ude00".repeat(9000) + "\"\n";
        String long2 = "x" + "\ud840\udc00".repeat(12000);
        JsonNode whole = MAPPER.readTree("{\"z\":1,\"tests\":{\"total\":2,\"results\":[{\"b\":"
                + MAPPER.writeValueAsString(long1) + ",\"a\":[1]},{\"a\":" + MAPPER.writeValueAsString(long2)
                + "}]},\"items\":[\"MED-2\",\"MED-1\"],\"a\":[[],{}]}");
        com.fasterxml.jackson.databind.node.ObjectNode outline = whole.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) outline.get("tests")).putArray("results");
        outline.putArray("items");
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();

        CanonicalJson.write(
                outline,
                java.util.Map.of("/tests/results", whole.get("tests").get("results"), "/items", whole.get("items")),
                streamed);

        assertThat(streamed.toByteArray()).isEqualTo(CanonicalJson.bytes(whole));
        assertThat(new String(streamed.toByteArray(), StandardCharsets.UTF_8)).contains(long2);
    }

    @Test
    void shouldRefuseAStreamedArrayTheTreeDoesNotHaveOrHasFilled() throws JsonProcessingException {
        JsonNode tree = MAPPER.readTree("{\"items\":[1],\"soup\":{}}");
        JsonNode none = MAPPER.readTree("[]");

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> CanonicalJson.write(
                        tree, java.util.Map.of("/items", none), java.io.OutputStream.nullOutputStream()))
                .withMessageContaining("/items");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> CanonicalJson.write(
                        tree, java.util.Map.of("/soup", none), java.io.OutputStream.nullOutputStream()))
                .withMessageContaining("/soup");
    }
}
