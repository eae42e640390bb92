package io.trace62304.evidence;

import java.util.Objects;

/**
 * One VCS commit between the previous release and this build (8.2).
 *
 * @param id      the commit's hash
 * @param subject its subject line
 */
public record Commit(String id, String subject) {
    public Commit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(subject);
    }
}
