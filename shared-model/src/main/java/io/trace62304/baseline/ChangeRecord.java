package io.trace62304.baseline;

import java.util.List;
import java.util.Objects;

/**
 * A commit since the previous release and the issue keys it names (8.2.4: the record of a change and the change
 * request or problem report it implements).
 *
 * @param commit  the commit's hash
 * @param subject its subject line
 * @param keys    the issue keys its subject names, in order
 */
public record ChangeRecord(String commit, String subject, List<String> keys) {
    public ChangeRecord {
        Objects.requireNonNull(commit);
        Objects.requireNonNull(subject);
        keys = List.copyOf(keys);
    }
}
