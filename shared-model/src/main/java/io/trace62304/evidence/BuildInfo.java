package io.trace62304.evidence;

import java.util.List;
import java.util.Objects;

/** What was built: job, build number or id, its URL, the VCS revisions, the artifacts and the tools. */
public record BuildInfo(
        String job,
        String buildId,
        String url,
        List<VcsRevision> revisions,
        List<Artifact> artifacts,
        List<Tool> tools) {
    public BuildInfo {
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
    public record Tool(String name, String version) {}
}
