package io.trace62304.jira.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Changes the next {@code times} successful JSON answers to requests that match a method and path, before they are
 * checked against the OpenAPI description and sent: answers a spec allows but the emulator would not give on its
 * own, e.g. a Cloud search page with {@code isLast: false} and no {@code nextPageToken} (both are optional in
 * {@code SearchAndReconcileResults}), or a Data Center page whose {@code total} changed because issues were
 * deleted while the pages were read.
 */
public final class Rewrite {
    private final String method;
    private final Pattern path;
    private final AtomicInteger skip;
    private final AtomicInteger remaining;
    private final Consumer<ObjectNode> change;

    private Rewrite(
            final String method,
            final String pathRegex,
            final int skip,
            final int times,
            final Consumer<ObjectNode> change) {
        this.method = method;
        this.path = Pattern.compile(pathRegex);
        this.skip = new AtomicInteger(skip);
        this.remaining = new AtomicInteger(times);
        this.change = change;
    }

    /** Rewrites the matching answers after the first {@code skip} of them, {@code times} times. */
    public static Rewrite answers(
            final String method,
            final String pathRegex,
            final int skip,
            final int times,
            final Consumer<ObjectNode> change) {
        return new Rewrite(method, pathRegex, skip, times, change);
    }

    boolean applyTo(final String requestMethod, final String requestPath, final JsonNode body) {
        if (!method.equals(requestMethod)
                || !path.matcher(requestPath).find()
                || !(body instanceof ObjectNode object)) {
            return false;
        }
        if (skip.getAndDecrement() > 0 || remaining.getAndDecrement() <= 0) {
            return false;
        }
        change.accept(object);
        return true;
    }
}
