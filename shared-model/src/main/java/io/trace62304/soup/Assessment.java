package io.trace62304.soup;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a vulnerability was assessed (7.1.3): a CycloneDX VEX analysis state, with its justification and detail,
 * where the assessment was recorded, and the VEX responses, if any. {@link #NONE} means nobody assessed it.
 */
public record Assessment(
        String state,
        String justification,
        String detail,
        String recordedIn,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        java.util.List<String> responses) {
    public static final Assessment NONE = new Assessment("", "", "", "");
    /** The analysis states of CycloneDX 1.4–1.6. */
    public static final java.util.List<String> STATES = java.util.List.of(
            "resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected");

    public Assessment {
        Objects.requireNonNull(state);
        Objects.requireNonNull(justification);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(recordedIn);
        responses = responses == null ? java.util.List.of() : java.util.List.copyOf(responses);
    }

    /** An assessment without VEX responses (update, will_not_fix, workaround_available…). */
    public Assessment(final String state, final String justification, final String detail, final String recordedIn) {
        this(state, justification, detail, recordedIn, java.util.List.of());
    }

    /** Normalises a written state ("Not affected", "not-affected") to its CycloneDX name. */
    public static Optional<String> normaliseState(final String text) {
        String value = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return STATES.contains(value) ? Optional.of(value) : Optional.empty();
    }

    /** Whether someone decided about the vulnerability; "in_triage" is not yet a decision. */
    public boolean isDecided() {
        return !state.isEmpty() && !"in_triage".equals(state);
    }

    public boolean isExploitable() {
        return "exploitable".equals(state);
    }
}
