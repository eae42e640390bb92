package io.trace62304.signature;

import java.util.List;
import java.util.Objects;

/**
 * The signatures of one baseline ({@code signatures.json}, schema {@value #SCHEMA}): the baseline's digest and
 * one signed subject for the baseline and for each artifact it records.
 */
public record SignatureSet(String baselineDigest, List<SignedSubject> subjects) {
    public static final String SCHEMA = "trace62304-signatures/1";

    public SignatureSet {
        Objects.requireNonNull(baselineDigest);
        subjects = List.copyOf(subjects);
    }
}
