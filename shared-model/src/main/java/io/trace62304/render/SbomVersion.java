package io.trace62304.render;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The CycloneDX specification versions {@code sbom.cdx.json} is written in: 1.6 unless 1.7 is asked for. Both carry
 * the same content; 1.7 only adds optional fields (citations, patent assertions, distribution constraints, external
 * components) that the SBOM does not use, so the 1.7 document is the 1.6 one under the 1.7 version label, and the
 * tests validate each against its own official JSON schema.
 */
public enum SbomVersion {
    CYCLONEDX_1_6("1.6"),
    CYCLONEDX_1_7("1.7");

    /** What the gate writes unless told otherwise. */
    public static final SbomVersion DEFAULT = CYCLONEDX_1_6;

    private final String text;

    SbomVersion(final String text) {
        this.text = text;
    }

    /** @return the version as the document's {@code specVersion} writes it, e.g. {@code 1.7} */
    public String text() {
        return text;
    }

    /**
     * @param text a version as a user writes it, e.g. {@code 1.7}
     * @return that version
     * @throws IllegalArgumentException naming the versions that can be written
     */
    public static SbomVersion of(final String text) {
        return Arrays.stream(values())
                .filter(v -> v.text.equals(text.strip()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("cannot write the SBOM as CycloneDX '" + text + "': write "
                                + Arrays.stream(values()).map(SbomVersion::text).collect(Collectors.joining(" or "))));
    }
}
