package io.trace62304.evidence;

import java.util.List;
import java.util.Objects;

/**
 * What was built: job, build number or id, its URL, the VCS revisions, the artifacts, the tools and build
 * environment, and what the build is (a CI run, a release candidate or a release, of which product version).
 */
public record BuildInfo(
        String job,
        String buildId,
        String url,
        List<VcsRevision> revisions,
        List<Artifact> artifacts,
        List<Tool> tools,
        ReleaseIdentity release) {
    /** A CI run of an unnamed product. */
    public BuildInfo(
            final String job,
            final String buildId,
            final String url,
            final List<VcsRevision> revisions,
            final List<Artifact> artifacts,
            final List<Tool> tools) {
        this(job, buildId, url, revisions, artifacts, tools, ReleaseIdentity.CI_RUN);
    }

    public BuildInfo {
        // a baseline of schema 1 has no release identity: it was a CI run of an unnamed product
        release = release == null ? ReleaseIdentity.CI_RUN : release;
        Objects.requireNonNull(job);
        Objects.requireNonNull(buildId);
        Objects.requireNonNull(url);
        revisions = List.copyOf(revisions);
        artifacts = artifacts.stream()
                .sorted(java.util.Comparator.comparing(Artifact::path))
                .toList();
        tools = tools.stream()
                .sorted(java.util.Comparator.comparing(Tool::name))
                .toList();
    }

    /**
     * The build in words: {@code job #id}, and for a release or release candidate what it releases first, e.g.
     * "release 1.4.0 of com.example:pump (pump #43)".
     */
    public String title() {
        String build = job + " #" + buildId;
        return release.kind().releases() ? release.describe() + " (" + build + ")" : build;
    }

    /** The same build, as {@code identity}. */
    public BuildInfo as(final ReleaseIdentity identity) {
        return new BuildInfo(job, buildId, url, revisions, artifacts, tools, identity);
    }

    public static BuildInfo unnamed() {
        return new BuildInfo("", "", "", List.of(), List.of(), List.of());
    }

    /** Whether the build names itself and at least one revision: 5.8.4/5.8.5 need both. */
    public boolean isIdentified() {
        return !buildId.isEmpty()
                && revisions.stream().anyMatch(r -> !r.revision().isEmpty());
    }

    /** One VCS revision; {@code tree} says whether the working tree was clean when it was built. */
    public record VcsRevision(String repository, String revision, TreeState tree) {
        public VcsRevision {
            Objects.requireNonNull(repository);
            Objects.requireNonNull(revision);
            Objects.requireNonNull(tree);
        }

        /** {@code [repository=]revision}, as the command line and CI configuration give it. */
        public static VcsRevision parse(final String text, final TreeState tree) {
            int at = text.indexOf('=');
            return at < 0
                    ? new VcsRevision("", text, tree)
                    : new VcsRevision(text.substring(0, at), text.substring(at + 1), tree);
        }
    }

    public enum TreeState {
        CLEAN,
        DIRTY,
        UNKNOWN
    }

    /** A shipped file and its SHA-256. */
    public record Artifact(String path, String sha256, long size) {
        public Artifact {
            if (size < 0) {
                throw new IllegalArgumentException("an artifact size cannot be negative");
            }
        }
    }

    /** A build tool and its version. */
    public record Tool(String name, String version) {
        /** {@code name=version} (or just a name), as the command line and CI configuration give it. */
        public static Tool parse(final String text) {
            int at = text.indexOf('=');
            return at < 0 ? new Tool(text, "") : new Tool(text.substring(0, at), text.substring(at + 1));
        }
    }
}
