package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.JiraException.Kind;
import io.trace62304.jira.emulator.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rate limits, failures, slow answers, dropped connections and revoked tokens: no duplicates, clear errors. */
class FaultInjectionTest {
    private static final String COMMENTS = "/issue/MED-2/comment$";
    private EmulatedSites site;
    private final List<String> messages = new ArrayList<>();

    @AfterEach
    void keepsTheContractAndTheSecrets() {
        if (site == null) {
            return;
        }
        assertThat(site.emulator.violations()).isEmpty();
        String secret = site.emulator.credentials().toString();
        List<String> everything = new ArrayList<>(messages);
        everything.addAll(site.log);
        String header = site.emulator.credentials().authorization();
        String token = header.startsWith("Bearer ")
                ? header.substring(7)
                : new String(Base64.getDecoder().decode(header.substring(6))).split(":", 2)[1];
        assertThat(everything)
                .as("logs and error messages")
                .noneMatch(m -> m.contains(token))
                .noneMatch(m -> m.contains(header))
                .noneMatch(m -> m.contains("Authorization"));
        assertThat(secret).doesNotContain(token);
        site.emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldWaitWhatRetryAfterAsksAndSucceed(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.status(
                "POST", "/search", 2, 429, Map.of("Retry-After", "3", "RateLimit-Reason", "jira-burst-based")));

        assertThat(client.search("project = MED", List.of("summary")).issueCount())
                .isEqualTo(3);
        assertThat(site.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(site.log).hasSize(2).allMatch(line -> line.contains("HTTP 429; retrying in 3000 ms"));
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldBackOffExponentiallyOn503AndGiveUpAfterTheLastAttempt(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.status("GET", "/myself", 9, 503, Map.of()));

        JiraException failure = catchJira(client::myself);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure).hasMessageStartingWith("GET " + flavour.api() + "/myself: HTTP 503");
        assertThat(site.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(site.emulator.count("GET " + flavour.api() + "/myself")).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldFailFastWhenJiraAsksForMoreThanTheRetryBudget(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.status("GET", "/myself", 1, 429, Map.of("Retry-After", "3600")));

        JiraException failure = catchJira(client::myself);

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure).hasMessageContaining("exceed the 30 s retry budget");
        assertThat(site.sleeps).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRetryAFailedCommentOnlyWhenJiraCertainlyDidNotApplyIt(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.status("POST", COMMENTS, 1, 429, Map.of("Retry-After", "1")));
        assertThat(client.upsertComment("MED-2", "[m1]", "text")).isEqualTo(WriteOutcome.CREATED);
        site.emulator.inject(Fault.status("POST", COMMENTS, 1, 503, Map.of()));

        JiraException failure = catchJira(() -> client.upsertComment("MED-2", "[m2]", "text"));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(site.emulator.issue("MED-2").comments()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNotDuplicateACommentWhoseAnswerWasLost(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.drop("POST", COMMENTS, 1, true));

        assertThat(client.upsertComment("MED-2", "[m]", "text")).isEqualTo(WriteOutcome.CREATED);
        assertThat(site.emulator.issue("MED-2").comments()).hasSize(1);

        site.emulator.inject(Fault.drop("POST", "/issue/MED-3/comment$", 1, false));
        assertThat(client.upsertComment("MED-3", "[m]", "text")).isEqualTo(WriteOutcome.CREATED);
        assertThat(site.emulator.issue("MED-3").comments()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldRetryRemoteLinksAfterADroppedConnectionWithoutDuplicates(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.inject(Fault.drop("POST", "/remotelink$", 2, true));
        RemoteLink link = new RemoteLink("trace62304:build=b1", "https://ci/b1", "b1", "PASS", "checked in build");

        assertThat(client.upsertRemoteLink("MED-2", link)).isEqualTo(WriteOutcome.CREATED);

        assertThat(site.emulator.issue("MED-2").remoteLinks()).hasSize(1);
        assertThat(site.emulator.count("POST " + flavour.api() + "/issue/{key}/remotelink"))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldTimeOutASlowAnswerAndSaySo(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.impatientPolicy());
        JiraClient client = site.client();
        site.emulator.inject(Fault.slow("GET", "/myself", 9, Duration.ofSeconds(5)));

        JiraException failure = catchJira(client::myself);

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure)
                .hasMessageContaining("GET " + flavour.api() + "/myself: no response")
                .hasMessageContaining("did not answer in time");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldExplainRevokedCredentialsAndFailTheItemSource(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.expireCredentials();

        JiraException failure = catchJira(client::myself);

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("expired or revoked")
                .hasMessageContaining("You are not authenticated");
        try {
            new JiraItemSource(client, "project = MED").load();
        } catch (ItemSourceException e) {
            messages.add(e.getMessage());
            assertThat(e).hasMessageContaining("cannot read the items from Jira");
        }
        assertThat(messages).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldFailWhenASearchPageIsMissing(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.capPageSize(2);
        site.emulator.inject(Fault.status("POST", "/search", 1, 500, Map.of()));

        JiraException failure = catchJira(() -> client.search("project = MED", List.of("summary")));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.status()).isEqualTo(500);
    }

    private JiraClient start(final Flavour flavour) throws IOException, JiraException {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.seed(3);
        return site.client();
    }

    private interface Call {
        Object run() throws JiraException;
    }

    private JiraException catchJira(final Call call) {
        try {
            call.run();
        } catch (JiraException e) {
            messages.add(e.getMessage());
            messages.add(String.valueOf(e.jiraMessages()));
            return e;
        }
        throw new AssertionError("expected a JiraException");
    }
}
