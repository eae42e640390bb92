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
}
