package io.trace62304.jira.emulator;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fault the emulator injects into the next {@code times} requests that match a method and a path pattern.
 *
 * @param status      the status to answer instead (429, 500, 503, 401…), or 0
 * @param headers     headers of that answer, e.g. {@code Retry-After}
 * @param delay       wait this long before answering (past the client's timeout: a slow response)
 * @param drop        close the connection without an answer
 * @param applyFirst  for {@code drop}: apply the write first, as when an answer is lost after the change
 * @param echo        for {@code status}: the error body echoes the request's {@code Authorization} header in every
 *                    form (header value, its Base64 part, {@code user:token}, the token), as some proxies and
 *                    misconfigured sites do
 */
public record Fault(
        String method,
        Pattern path,
        int times,
        int status,
        Map<String, String> headers,
        Duration delay,
        boolean drop,
        boolean applyFirst,
        boolean echo) {
    public static Fault status(
            final String method,
            final String pathRegex,
            final int times,
            final int status,
            final Map<String, String> headers) {
        return new Fault(
                method, Pattern.compile(pathRegex), times, status, headers, Duration.ZERO, false, false, false);
    }

    public static Fault slow(final String method, final String pathRegex, final int times, final Duration delay) {
        return new Fault(method, Pattern.compile(pathRegex), times, 0, Map.of(), delay, false, false, false);
    }

    public static Fault drop(final String method, final String pathRegex, final int times, final boolean applyFirst) {
        return new Fault(
                method, Pattern.compile(pathRegex), times, 0, Map.of(), Duration.ZERO, true, applyFirst, false);
    }

    /** Answers {@code status} with an error body that echoes the credentials it received (see {@code echo}). */
    public static Fault echoing(final String method, final String pathRegex, final int times, final int status) {
        return new Fault(
                method, Pattern.compile(pathRegex), times, status, Map.of(), Duration.ZERO, false, false, true);
    }

    boolean matches(final String requestMethod, final String requestPath) {
        return method.equals(requestMethod) && path.matcher(requestPath).find();
    }
}
