package io.trace62304.jira;

import io.trace62304.report.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The identities link-back writes under. Jira keeps a remote link's {@code globalId} in at most 255 characters, so
 * a build or job URL (a Jenkins folder path can be much longer) is never put in one: the globalId is a readable
 * prefix and the SHA-256 of the URL, 79 or 83 characters for any URL. Property keys and comment markers name the
 * job by the first 16 hex digits of that hash.
 */
final class LinkIds {
    /** Jira's limit on {@code globalId}. */
    static final int MAX_GLOBAL_ID = 255;

    private LinkIds() {}

    /** The one remote link of an item per job: {@code trace62304:job=<sha256 of the job>}. */
    static String jobLink(final String job) {
        return "trace62304:job=" + sha256(job);
    }

    /** The permanent remote link of a release build: {@code trace62304:release=<sha256 of the build URL>}. */
    static String releaseLink(final String buildUrl) {
        return "trace62304:release=" + sha256(buildUrl);
    }

    /**
     * The globalId versions before issue 16 wrote, one per build ({@code trace62304:build=<URL>}), when Jira could
     * have kept it; a longer one was refused, so no such link exists.
     */
    static Optional<String> formerBuildLink(final String buildUrl) {
        String former = "trace62304:build=" + buildUrl;
        return former.length() <= MAX_GLOBAL_ID ? Optional.of(former) : Optional.empty();
    }

    /** The issue property with what this job wrote on the issue. */
    static String itemState(final String job) {
        return "trace62304.job." + jobKey(job);
    }

    /** The issue property, on the scope's first item, with the digest of the job's last complete link-back. */
    static String runRecord(final String job) {
        return "trace62304.run." + jobKey(job);
    }

    /** The marker of the job's one comment on an issue. */
    static String commentMarker(final String job) {
        return "[trace62304:job=" + jobKey(job) + "]";
    }

    /** The marker versions before issue 16 put in the one comment per build. */
    static String formerCommentMarker(final String buildUrl) {
        return "[trace62304:build=" + buildUrl + "]";
    }

    static String sha256(final String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String jobKey(final String job) {
        return sha256(job).substring(0, 16);
    }
}
