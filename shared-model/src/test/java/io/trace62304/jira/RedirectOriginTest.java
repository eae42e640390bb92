package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 2: credentials go only to the configured origin (scheme, host, port). A redirect to another
 * port of the same host stops the request with a message naming both origins, and the other server never sees
 * the {@code Authorization} header; a redirect within the origin is followed.
 */
class RedirectOriginTest {
    private static final Credentials CREDENTIALS = Credentials.basic("gate@example.com", Secret.of("tok-3fa9c1"));

    private HttpServer site;
    private HttpServer elsewhere;
    private final List<String> seenElsewhere = new CopyOnWriteArrayList<>();
    private final List<String> seenOnSite = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        elsewhere = server();
        elsewhere.createContext("/", exchange -> {
            seenElsewhere.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer(exchange, 200, "{\"stolen\":true}", null);
        });
        site = server();
        site.createContext("/", exchange -> {
            seenOnSite.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            switch (exchange.getRequestURI().getPath()) {
                case "/away" -> answer(exchange, 302, "", uri(elsewhere) + "/rest/api/2/myself");
                case "/old" -> answer(exchange, 301, "", "/new");
                case "/new" -> answer(exchange, 200, "{\"moved\":true}", null);
                case "/post-307" -> answer(exchange, 307, "", "/echo");
                case "/post-302" -> answer(exchange, 302, "", "/echo");
                case "/echo" -> answer(exchange, 200, body, null);
                case "/loop" -> answer(exchange, 302, "", "/loop");
                default -> answer(exchange, 404, "{}", null);
            }
        });
    }

    @AfterEach
    void stop() {
        site.stop(0);
        elsewhere.stop(0);
    }

    @Test
    void shouldStopAtARedirectToAnotherOriginNamingBoth() {
        JiraHttp http = JiraHttp.of(uri(site), CREDENTIALS, line -> {});

        JiraException failure = catchThrowableOfType(JiraException.class, () -> http.send(JiraRequest.get("/away")));

        assertThat(failure.kind()).isEqualTo(JiraException.Kind.REDIRECTED);
        assertThat(failure.getMessage())
                .contains("the site " + origin(site) + " redirected to another origin, " + origin(elsewhere))
                .contains("credentials are sent only to " + origin(site))
                .doesNotContain("tok-3fa9c1");
        assertThat(seenElsewhere).as("the other origin was never asked").isEmpty();
    }

    @Test
    void shouldFollowARedirectWithinTheOriginWithTheCredentials() throws Exception {
        JiraHttp http = JiraHttp.of(uri(site), CREDENTIALS, line -> {});

        assertThat(http.send(JiraRequest.get("/old")).path("moved").asBoolean()).isTrue();
        assertThat(seenOnSite).hasSize(2).allMatch(line -> line.endsWith(CREDENTIALS.authorization()));
        assertThat(seenOnSite.get(1)).startsWith("GET /new ");
    }

    @Test
    void shouldRepeatAPostOnlyForA307Or308() throws Exception {
        JiraHttp http = JiraHttp.of(uri(site), CREDENTIALS, line -> {});
        var body = JsonNodeFactory.instance.objectNode().put("jql", "project = MED");

        assertThat(http.send(JiraRequest.idempotentPost("/post-307", body))).isEqualTo(body);
        JiraException failure = catchThrowableOfType(
                JiraException.class, () -> http.send(JiraRequest.idempotentPost("/post-302", body)));
        assertThat(failure.getMessage()).contains("a POST was redirected with HTTP 302");
    }

    @Test
    void shouldGiveUpOnEndlessRedirects() {
        JiraHttp http = JiraHttp.of(uri(site), CREDENTIALS, line -> {});

        JiraException failure = catchThrowableOfType(JiraException.class, () -> http.send(JiraRequest.get("/loop")));

        assertThat(failure.getMessage()).contains("more than 5 redirects");
        assertThat(seenOnSite).hasSize(6);
    }

    @Test
    void shouldRefuseAClientThatFollowsRedirectsByItself() {
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new JiraHttp(uri(site), CREDENTIALS, following, RetryPolicy.DEFAULT, d -> {}, line -> {}))
                .withMessageContaining("must not follow redirects");
    }

    private static HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        return server;
    }

    private static URI uri(final HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String origin(final HttpServer server) {
        return uri(server).toString();
    }

    private static void answer(final HttpExchange exchange, final int status, final String body, final String location)
            throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}
