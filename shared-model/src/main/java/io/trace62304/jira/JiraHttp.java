package io.trace62304.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.trace62304.jira.JiraException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Sends requests to one site: authentication, JSON, timeouts, at most {@code maxInFlight} calls at once, and
 * retries on 429 (any method: Jira did not apply it), on 502/503/504 and on a dropped connection (idempotent
 * calls only), waiting at least {@code Retry-After} or until {@code X-RateLimit-Reset}. Messages it logs or
 * throws name the request, never the credentials: whatever an answer echoes of them (the header, its Base64 form,
 * {@code user:token}, the token) is redacted first ({@link Redaction}). Credentials go only to the site's origin
 * (scheme, host and port): redirects are followed by this class, within that origin only; a redirect to another
 * origin stops the request ({@link Kind#REDIRECTED}).
 */
public final class JiraHttp {
    /** Waits; tests replace it to run fault scenarios without real delays. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;

    private final URI site;
    private final Origin origin;
    private final Credentials credentials;
    private final Redaction redaction;
    private final HttpClient client;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Consumer<String> log;
    private final Semaphore inFlight;

    public JiraHttp(
            final URI site,
            final Credentials credentials,
            final HttpClient client,
            final RetryPolicy policy,
            final Sleeper sleeper,
            final Consumer<String> log) {
        try {
            this.site = SiteAddress.parse(site);
        } catch (SiteAddressException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException(
                    "the HTTP client must not follow redirects itself: JiraHttp follows them within the site's origin");
        }
        this.origin = Origin.of(this.site);
        this.credentials = credentials;
        this.redaction = new Redaction(credentials);
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
        this.log = log;
        this.inFlight = new Semaphore(policy.maxInFlight());
    }

    /** A client with the JDK's HTTP client (and the JVM's proxy settings) and real waiting. */
    public static JiraHttp of(final URI site, final Credentials credentials, final Consumer<String> log) {
        return of(site, credentials, HttpClient.newBuilder(), log);
    }

    /** A client built from the host's HTTP client builder (e.g. one carrying a CI server's proxy settings). */
    public static JiraHttp of(
            final URI site,
            final Credentials credentials,
            final HttpClient.Builder builder,
            final Consumer<String> log) {
        return new JiraHttp(
                site,
                credentials,
                builder.connectTimeout(Duration.ofSeconds(20))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                RetryPolicy.DEFAULT,
                d -> Thread.sleep(d.toMillis()),
                log);
    }

    public URI site() {
        return site;
    }

    /** Sends a request; the body of the answer, or a JSON null for an empty one. */
    public JsonNode send(final JiraRequest request) throws JiraException {
        return sendAllowing404(request).orElseThrow(() -> failure(Kind.NOT_FOUND, request, 404, List.of(), null));
    }

    /** Like {@link #send}, but a 404 is an empty answer (e.g. a remote link that does not exist yet). */
    public Optional<JsonNode> sendAllowing404(final JiraRequest request) throws JiraException {
        try {
            inFlight.acquire();
            try {
                return attempt(request);
            } finally {
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(Kind.CONNECTION, request, 0, List.of("interrupted"), e);
        }
    }

    private Optional<JsonNode> attempt(final JiraRequest request) throws JiraException, InterruptedException {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = exchange(request);
            } catch (HttpTimeoutException e) {
                waited = retryOrThrow(
                        request,
                        attempt,
                        waited,
                        Optional.empty(),
                        request.idempotent(),
                        failure(Kind.TIMEOUT, request, 0, noteIfApplied(request), e));
                continue;
            } catch (IOException e) {
                waited = retryOrThrow(
                        request,
                        attempt,
                        waited,
                        Optional.empty(),
                        request.idempotent(),
                        failure(Kind.CONNECTION, request, 0, connectionMessages(request, e), e));
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Optional.of(parse(request, response));
            }
            if (status == 404 && "GET".equals(request.method())) {
                return Optional.empty();
            }
            Kind kind = kindOf(status);
            JiraException failure = failure(kind, request, status, jiraMessages(response), null);
            boolean retryable =
                    status == 429 || (status == 502 || status == 503 || status == 504) && request.idempotent();
            if (!retryable) {
                throw failure;
            }
            waited = retryOrThrow(request, attempt, waited, retryAfter(response), true, failure);
        }
    }

    private Duration retryOrThrow(
            final JiraRequest request,
            final int attempt,
            final Duration waited,
            final Optional<Duration> asked,
            final boolean retryable,
            final JiraException failure)
            throws JiraException, InterruptedException {
        if (!retryable || attempt >= policy.maxAttempts()) {
            throw failure;
        }
        Duration wait =
                asked.filter(a -> a.compareTo(policy.backoff(attempt)) > 0).orElseGet(() -> policy.backoff(attempt));
        if (waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
            throw new JiraException(
                    failure.kind(),
                    failure.request(),
                    failure.status(),
                    append(
                            failure.jiraMessages(),
                            "gave up: waiting " + wait.toSeconds() + " s more would exceed the "
                                    + policy.maxTotalWait().toSeconds() + " s retry budget"),
                    failure);
        }
        log.accept(request.describe() + ": " + (failure.status() > 0 ? "HTTP " + failure.status() : "no response")
                + "; retrying in " + wait.toMillis() + " ms (attempt " + (attempt + 1) + " of " + policy.maxAttempts()
                + ")");
        sleeper.sleep(wait);
        return waited.plus(wait);
    }

    /** Sends the request, following redirects within the site's origin only. */
    private HttpResponse<String> exchange(final JiraRequest request)
            throws IOException, InterruptedException, JiraException {
        URI target = URI.create(site + request.path());
        for (int hop = 0; ; hop++) {
            HttpResponse<String> response =
                    client.send(build(request, target), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Optional<URI> next = redirectTarget(request, target, response);
            if (next.isEmpty()) {
                return response;
            }
            if (hop == MAX_REDIRECTS) {
                throw failure(
                        Kind.REDIRECTED,
                        request,
                        response.statusCode(),
                        List.of("more than " + MAX_REDIRECTS + " redirects"),
                        null);
            }
            target = next.get();
        }
    }

    /** Where a redirect leads, if the answer is one; refused when it leaves the origin or would change the method. */
    private Optional<URI> redirectTarget(final JiraRequest request, final URI from, final HttpResponse<String> response)
            throws JiraException {
        int status = response.statusCode();
        if (!REDIRECTS.contains(status)) {
            return Optional.empty();
        }
        String location = response.headers().firstValue("Location").orElse("").strip();
        URI next;
        try {
            next = from.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw failure(
                    Kind.REDIRECTED, request, status, List.of("a redirect without a usable Location header"), null);
        }
        Origin to = Origin.of(next);
        if (location.isEmpty() || to.host().isEmpty()) {
            throw failure(
                    Kind.REDIRECTED, request, status, List.of("a redirect without a usable Location header"), null);
        }
        if (!to.equals(origin)) {
            throw failure(
                    Kind.REDIRECTED,
                    request,
                    status,
                    List.of("the site " + origin + " redirected to another origin, " + to
                            + "; credentials are sent only to " + origin + ", so the request was not repeated there"),
                    null);
        }
        if (!"GET".equals(request.method()) && status != 307 && status != 308) {
            throw failure(
                    Kind.REDIRECTED,
                    request,
                    status,
                    List.of("a " + request.method() + " was redirected with HTTP " + status
                            + ", which would turn it into a GET"),
                    null);
        }
        return Optional.of(next);
    }

    private HttpRequest build(final JiraRequest request, final URI target) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body().toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(policy.requestTimeout())
                .header("Authorization", credentials.authorization())
                .header("Accept", "application/json")
                .header("User-Agent", "trace62304")
                .method(request.method(), body);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        if (!"GET".equals(request.method())) {
            builder.header("X-Atlassian-Token", "no-check");
        }
        return builder.build();
    }

    private JsonNode parse(final JiraRequest request, final HttpResponse<String> response) throws JiraException {
        if (response.body() == null || response.body().isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            // no cause: Jackson's full message quotes the answer, which may echo the credentials
            throw failure(
                    Kind.PROTOCOL,
                    request,
                    response.statusCode(),
                    List.of("the answer is not JSON: " + e.getOriginalMessage()),
                    null);
        }
    }

    /** A failure of a request, with whatever the answer echoed of the credentials redacted. */
    private JiraException failure(
            final Kind kind,
            final JiraRequest request,
            final int status,
            final List<String> messages,
            final Throwable cause) {
        return new JiraException(kind, request.describe(), status, redaction.apply(messages), cause);
    }

    private static Kind kindOf(final int status) {
        return switch (status) {
            case 401 -> Kind.AUTHENTICATION;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            case 413 -> Kind.TOO_LARGE;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.BAD_REQUEST;
        };
    }

    /** Jira's {@code errorMessages} and {@code errors} (field: message), at most ten, each at most 300 characters. */
    private List<String> jiraMessages(final HttpResponse<String> response) {
        List<String> messages = new ArrayList<>();
        try {
            JsonNode body = MAPPER.readTree(response.body() == null ? "" : response.body());
            if (body != null) {
                body.path("errorMessages").forEach(m -> messages.add(m.asText()));
                body.path("errors")
                        .properties()
                        .forEach(e ->
                                messages.add(e.getKey() + ": " + e.getValue().asText()));
                if (body.hasNonNull("message")) {
                    messages.add(body.get("message").asText());
                }
            }
        } catch (JsonProcessingException e) {
            messages.add("the answer is not JSON");
        }
        response.headers().firstValue("RateLimit-Reason").ifPresent(r -> messages.add("RateLimit-Reason: " + r));
        return messages.stream()
                .limit(10)
                .map(redaction::apply) // before cutting, so no part of an echoed secret survives the cut
                .map(m -> m.length() > 300 ? m.substring(0, 300) + "…" : m)
                .toList();
    }

    /** {@code Retry-After} (seconds or an HTTP date), else {@code X-RateLimit-Reset} (ISO 8601). */
    static Optional<Duration> retryAfter(final HttpResponse<?> response) {
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        if (retryAfter.isPresent()) {
            String value = retryAfter.get().strip();
            if (value.matches("\\d{1,6}")) {
                return Optional.of(Duration.ofSeconds(Long.valueOf(value)));
            }
            try {
                return Optional.of(until(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return response.headers().firstValue("X-RateLimit-Reset").flatMap(reset -> {
            try {
                return Optional.of(until(OffsetDateTime.parse(reset.strip()).toInstant()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Duration until(final Instant instant) {
        Duration wait = Duration.between(Instant.now(), instant);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static List<String> noteIfApplied(final JiraRequest request) {
        return request.idempotent() ? List.of() : List.of("Jira may or may not have applied this change");
    }

    private static List<String> connectionMessages(final JiraRequest request, final IOException e) {
        List<String> messages = new ArrayList<>();
        messages.add(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        messages.addAll(noteIfApplied(request));
        return messages;
    }

    private static List<String> append(final List<String> messages, final String message) {
        List<String> all = new ArrayList<>(messages);
        all.add(message);
        return all;
    }
}
