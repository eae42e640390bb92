package io.trace62304.gate;

import io.trace62304.baseline.SealedBaseline;
import java.util.Arrays;
import java.util.Locale;

/**
 * A reference to a baseline written by people ({@code Verified In}, {@code Fixed In Build}): its digest
 * ({@code sha256:…}, or at least the first 12 hex digits), its build id ({@code 41}, {@code #41}), its job and
 * build ({@code pump #41}, as the link-back writes it) or its build URL.
 */
final class BaselineReference {
    private static final int SHORTEST_DIGEST = 12;

    private BaselineReference() {}

    /** Whether the text names the sealed baseline. */
    static boolean matches(final String text, final SealedBaseline baseline) {
        String digest = baseline.digest().toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
        String url = baseline.baseline().build().url();
        return Arrays.stream(tokens(text)).anyMatch(token -> {
                    String hex = token.toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
                    return hex.length() >= SHORTEST_DIGEST && hex.matches("[0-9a-f]+") && digest.startsWith(hex)
                            || !url.isEmpty() && stripSlash(token).equals(stripSlash(url));
                })
                || names(text, baseline.baseline().build().buildId());
    }

    /** Whether the text names the build id (as {@code 41}, {@code #41} or {@code job #41}). */
    static boolean names(final String text, final String buildId) {
        return !buildId.isEmpty()
                && Arrays.stream(tokens(text))
                        .anyMatch(token -> token.replaceFirst("^#", "").equals(buildId));
    }

    /** The baseline as a finding names it. */
    static String describe(final SealedBaseline baseline) {
        String build = baseline.baseline().build().buildId();
        return baseline.digest() + (build.isEmpty() ? "" : ", build " + build);
    }

    private static String[] tokens(final String text) {
        return text.strip().split("[\\s,;]+");
    }

    private static String stripSlash(final String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
