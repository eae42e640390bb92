package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Issue 17, point 1: every form of the credentials an answer could echo is redacted. */
class RedactionTest {
    private static final String TOKEN = "ATATT3x/FfGF0+k=Qz";

    @Test
    void shouldRedactTheBasicFormsOfAnApiToken() {
        Credentials credentials = Credentials.basic("gate@example.com", Secret.of(TOKEN));
        byte[] pair = ("gate@example.com:" + TOKEN).getBytes(StandardCharsets.UTF_8);
        Redaction redaction = new Redaction(credentials);

        assertThat(redaction.apply("header " + credentials.authorization() + " refused"))
                .isEqualTo("header [redacted] refused");
        assertThat(redaction.apply("b64 " + Base64.getEncoder().encodeToString(pair)))
                .isEqualTo("b64 [redacted]");
        assertThat(redaction.apply(
                        "unpadded " + Base64.getEncoder().withoutPadding().encodeToString(pair) + "."))
                .isEqualTo("unpadded [redacted].");
        assertThat(redaction.apply(
                        "url-safe " + Base64.getUrlEncoder().withoutPadding().encodeToString(pair)))
                .isEqualTo("url-safe [redacted]");
        assertThat(redaction.apply("pair gate@example.com:" + TOKEN)).isEqualTo("pair [redacted]");
        assertThat(redaction.apply("token " + TOKEN + " and url-encoded ATATT3x%2FFfGF0%2Bk%3DQz"))
                .isEqualTo("token [redacted] and url-encoded [redacted]");
        assertThat(redaction.apply("the user gate@example.com is kept")).isEqualTo("the user gate@example.com is kept");
    }

    @Test
    void shouldRedactABearerToken() {
        Redaction redaction = new Redaction(Credentials.bearer(Secret.of("NjM0MDk2OTIzNzQ5Ok")));

        assertThat(redaction.apply("Authorization: Bearer NjM0MDk2OTIzNzQ5Ok; token NjM0MDk2OTIzNzQ5Ok"))
                .isEqualTo("Authorization: [redacted]; token [redacted]");
    }
}
