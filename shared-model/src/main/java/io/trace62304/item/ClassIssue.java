package io.trace62304.item;

import java.util.Objects;

/**
 * A place where the classes written on the items contradict what 4.3 and 7.2.2b derive: the item it concerns,
 * the evidence that is missing and a sentence for people. The gate reports each as a finding.
 */
public record ClassIssue(String key, SafetyClass safetyClass, String missing, String message) {
    public ClassIssue {
        Objects.requireNonNull(key);
        Objects.requireNonNull(safetyClass);
        Objects.requireNonNull(missing);
        Objects.requireNonNull(message);
    }
}
