package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, point 16: a Data Center search answer whose {@code total} is not a whole number (answers the OpenAPI
 * description does not allow, so a stub gives them, not the emulator) makes the read incomplete, naming the
 * request.
 */
class SearchTotalShapesTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "\"many\"", "1.5", "-1", "null", "[1]"})
    void shouldFailClosedOnATotalThatIsNotAWholeNumber(final String total) throws Exception {
        answer("{\"startAt\":0,\"maxResults\":100,\"total\":" + total
                + ",\"issues\":[{\"id\":\"1\",\"key\":\"MED-1\",\"fields\":{}}]}");
        JiraSearch search = new JiraSearch(
                new JiraHttp(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        Credentials.bearer(Secret.of("pat-1")),
                        HttpClient.newHttpClient(),
                        EmulatedSites.fastPolicy(),
                        d -> {},
                        line -> {}),
                100);

        JiraException failure =
                catchThrowableOfType(JiraException.class, () -> search.dataCenter("project = MED", List.of("summary")));

        assertThat(failure.kind()).isEqualTo(JiraException.Kind.PROTOCOL);
        assertThat(failure.getMessage())
                .startsWith("POST /rest/api/2/search: HTTP 200")
                .contains("gives no 'total' that is a whole number of issues (" + total + ")");
    }

    private void answer(final String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }
}
