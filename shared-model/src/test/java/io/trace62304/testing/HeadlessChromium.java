package io.trace62304.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket from {@code java.net.http}, JSON by
 * Jackson): one page, navigation, script evaluation, the console's security messages, screenshots. Started with
 * the flags of an isolated, quiet browser (no sandbox, no GPU, no background networking, updates or sync, a fresh
 * profile directory).
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final WebSocket socket;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final String session;

    private HeadlessChromium(final Process process, final String endpoint) throws Exception {
        this.process = process;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(endpoint), new Listener())
                .get(30, TimeUnit.SECONDS);
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        this.session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        call("Page.enable", Map.of());
        call("Log.enable", Map.of());
        call(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1300, "height", 1800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The browser: {@code $CHROMIUM}, else {@code /usr/bin/chromium}, when it is an executable file. */
    public static Optional<Path> find() {
        return Optional.ofNullable(System.getenv("CHROMIUM"))
                .map(Path::of)
                .or(() -> Optional.of(Path.of("/usr/bin/chromium")))
                .filter(Files::isExecutable);
    }

    public static HeadlessChromium start(final Path browser, final Path profile) throws Exception {
        Process process = new ProcessBuilder(
                        browser.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher matcher = ENDPOINT.matcher(line);
                    if (matcher.find()) {
                        endpoint.complete(matcher.group(1));
                    }
                }
                endpoint.completeExceptionally(new IOException("chromium exited without a DevTools endpoint"));
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            return new HeadlessChromium(process, endpoint.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** "Chrome/150.0.7871.100" and the protocol version. */
    public String version() throws Exception {
        JsonNode version = send(null, "Browser.getVersion", Map.of());
        return version.path("product").asText() + " (DevTools protocol "
                + version.path("protocolVersion").asText() + ")";
    }

    /** Opens a page and waits for its load event; returns the milliseconds to it. */
    public double open(final String url) throws Exception {
        events.clear();
        long start = System.nanoTime();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events.stream()
                .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not load in " + TIMEOUT + ": " + url);
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Evaluates a script expression (a promise is awaited) and returns its value. */
    public JsonNode evaluate(final String expression) throws Exception {
        JsonNode result =
                call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The texts of the console's messages about the Content-Security-Policy (violations) since the page opened. */
    public List<String> policyViolations() {
        List<String> found = new ArrayList<>();
        for (JsonNode event : events) {
            String text = event.path("params").path("entry").path("text").asText();
            if ("Log.entryAdded".equals(event.path("method").asText()) && text.contains("Content Security Policy")) {
                found.add(text);
            }
        }
        return found;
    }

    /** Turns the page's own scripts off (or on again) for the next navigation, as a reader with JavaScript off. */
    public void scriptDisabled(final boolean disabled) throws Exception {
        call("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
    }

    /** A PNG of the viewport (1300 × 1800). */
    public byte[] screenshot() throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false));
        return Base64.getDecoder().decode(shot.path("data").asText());
    }

    private JsonNode call(final String method, final Map<String, Object> params) throws Exception {
        return send(session, method, params);
    }

    private JsonNode send(final String sessionId, final String method, final Map<String, Object> params)
            throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode();
        message.put("id", id).put("method", method).set("params", json.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(json.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.path("error"));
        }
        return reply.path("result");
    }

    @Override
    public void close() throws IOException {
        try {
            send(null, "Browser.close", Map.of());
        } catch (Exception e) {
            // the browser may close the socket before it answers
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = json.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer =
                                pending.remove(message.path("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(answer -> answer.completeExceptionally(e));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
