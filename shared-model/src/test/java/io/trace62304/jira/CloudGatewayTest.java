package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.trace62304.jira.emulator.JiraEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Cloud scoped API token works only through Atlassian's gateway; the site tells its cloudId. */
class CloudGatewayTest {
    private final JiraEmulator jira = start();

    @AfterEach
    void keepsTheContract() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @Test
    void shouldReachTheSiteThroughTheGatewayWithAScopedToken() throws Exception {
        jira.scopedToken();

        assertThatExceptionOfType(JiraException.class)
                .isThrownBy(() -> JiraClient.connect(http(jira.uri())).myself())
                .satisfies(e -> assertThat(e.kind()).isEqualTo(JiraException.Kind.AUTHENTICATION));
        String cloudId = CloudGateway.cloudId(http(jira.uri()));
        URI base = CloudGateway.base(jira.uri(), cloudId);
        JiraClient client = JiraClient.connect(http(base));

        assertThat(cloudId).isEqualTo(jira.cloudId());
        assertThat(base).isEqualTo(jira.gatewayUri());
        assertThat(CloudGateway.isBase(base)).isTrue();
        assertThat(CloudGateway.isBase(jira.uri())).isFalse();
        assertThat(client.flavour()).isEqualTo(Flavour.CLOUD);
        assertThat(client.myself().path("displayName").asText()).isEqualTo("Release gate");
        assertThat(client.search("project = MED", List.of("summary")).issueCount())
                .isEqualTo(1);
    }

    @Test
    void shouldNameASiteWithoutACloudId() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> CloudGateway.base(CloudGateway.ATLASSIAN, "not-an-id"));
        assertThat(CloudGateway.base(URI.create("https://api.atlassian.com/"), jira.cloudId()))
                .hasToString("https://api.atlassian.com/ex/jira/" + jira.cloudId());
    }

    private static JiraEmulator start() {
        try {
            JiraEmulator emulator = JiraEmulator.start(Flavour.CLOUD);
            emulator.issue("MED-1", "Software Item", "Approved", true);
            return emulator;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JiraHttp http(final URI base) {
        return new JiraHttp(
                base, jira.credentials(), HttpClient.newHttpClient(), JiraEmulator.TEST_POLICY, d -> {}, line -> {});
    }
}
