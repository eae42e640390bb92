package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trace62304.jira.emulator.Fault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, point 1: an error answer (401, 403, 429, 500) whose body echoes the request's {@code Authorization}
 * header in every form reaches neither the exception nor the log: each form is redacted before it is shown.
 */
class CredentialEchoTest {
    private EmulatedSites site;

    @AfterEach
    void close() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "CLOUD, 401", "CLOUD, 403", "CLOUD, 429", "CLOUD, 500",
        "DATA_CENTER, 401", "DATA_CENTER, 403", "DATA_CENTER, 429", "DATA_CENTER, 500"
    })
    void shouldRedactEveryEchoOfTheCredentialsFromJirasMessages(final Flavour flavour, final int status)
            throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        JiraClient client = site.client();
        site.emulator.inject(Fault.echoing("POST", "/search", 10, status));

        JiraException failure =
                catchThrowableOfType(JiraException.class, () -> client.search("project = MED", List.of("summary")));

        assertThat(failure.status()).isEqualTo(status);
        List<String> shown = new ArrayList<>(failure.jiraMessages());
        shown.add(failure.getMessage());
        shown.add(failure.toString());
        shown.addAll(site.log);
        for (String form : forms(site.emulator.credentials())) {
            assertThat(shown).as("no '%s' in what is shown", form).noneMatch(text -> text.contains(form));
        }
        assertThat(failure.getMessage())
                .as("Jira's messages are kept, with the secret parts redacted")
                .contains("was refused")
                .contains(Redaction.MARK);
        if (status == 429) {
            assertThat(site.log).as("the retries were logged").isNotEmpty();
        }
    }

    /** The header value, its Base64 part, the decoded {@code user:token} and the token. */
    static List<String> forms(final Credentials credentials) {
        String header = credentials.authorization();
        String encoded = header.substring(header.indexOf(' ') + 1);
        List<String> forms = new ArrayList<>(List.of(header, encoded));
        if (header.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            forms.add(pair);
            forms.add(pair.substring(pair.indexOf(':') + 1));
        }
        return forms;
    }
}
