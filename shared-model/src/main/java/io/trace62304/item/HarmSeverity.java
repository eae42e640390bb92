package io.trace62304.item;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity of the harm a hazard can lead to, as its {@code Hazard Severity} field records it (ISO 14971 via
 * IEC 62304 4.3a and 7.1): what a risk control for it, and the software implementing that control, are held to
 * (7.2.2b). A hazard whose severity is not recorded or not readable is taken as serious, so it never lowers a class.
 */
public enum HarmSeverity {
    NO_INJURY("no injury", SafetyClass.A),
    NON_SERIOUS_INJURY("non-serious injury", SafetyClass.B),
    SERIOUS_INJURY("serious injury or death", SafetyClass.C);

    private final String label;
    private final SafetyClass impliedClass;

    HarmSeverity(final String label, final SafetyClass impliedClass) {
        this.label = label;
        this.impliedClass = impliedClass;
    }

    /** How a report shows it: "serious injury or death". */
    public String label() {
        return label;
    }

    /** The safety class 4.3a gives software whose failure can lead to harm of this severity. */
    public SafetyClass impliedClass() {
        return impliedClass;
    }

    /**
     * Reads "Serious injury or death", "serious", "death", "Non-serious injury", "minor", "No injury", "none"
     * (case, spaces and hyphens do not matter). Empty when the value is none of these: the caller then assumes
     * {@link #SERIOUS_INJURY}.
     */
    public static Optional<HarmSeverity> parse(final String text) {
        String value = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (value) {
            case "serious injury or death", "death or serious injury", "serious", "serious injury", "death", "c" ->
                Optional.of(SERIOUS_INJURY);
            case "non serious injury", "non serious", "nonserious", "nonserious injury", "minor injury", "minor", "b" ->
                Optional.of(NON_SERIOUS_INJURY);
            case "no injury", "none", "no harm", "a" -> Optional.of(NO_INJURY);
            default -> Optional.empty();
        };
    }

    /** The severity of a hazard: its recorded one, else serious (unknown never lowers a class). */
    public static HarmSeverity of(final Item hazard) {
        return hazard.field(ItemField.HAZARD_SEVERITY)
                .flatMap(HarmSeverity::parse)
                .orElse(SERIOUS_INJURY);
    }

    /** "serious injury or death", or "serious injury or death assumed: Hazard Severity 'x' is not readable". */
    public static String describe(final Item hazard) {
        Optional<String> written = hazard.field(ItemField.HAZARD_SEVERITY);
        if (written.isEmpty()) {
            return SERIOUS_INJURY.label + " assumed: no Hazard Severity recorded";
        }
        return parse(written.get())
                .map(HarmSeverity::label)
                .orElse(SERIOUS_INJURY.label + " assumed: Hazard Severity '" + written.get() + "' is not readable");
    }
}
