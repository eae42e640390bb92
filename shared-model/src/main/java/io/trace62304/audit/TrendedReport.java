package io.trace62304.audit;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One problem report as the trend analysis (IEC 62304 9.6) counts it. Jira's change history does not record an
 * issue's creation and the audit export does not read it, so a report is taken as opened at its first recorded
 * change (its {@code updated} time when it has none) and, when done, closed at its last status change: its age is
 * a lower bound, measured up to {@code asOf} for a report still open.
 *
 * @param problemType the Problem Type, or {@link #UNSET}
 * @param criticality the Criticality, or {@link #UNSET}
 * @param release     the Found In Build, or {@link #UNSET}
 */
record TrendedReport(
        String problemType, String criticality, String release, ReportStatus status, AgeBand age, Instant opened) {
    /** The value counted for a field the report leaves empty: it is counted, never dropped. */
    static final String UNSET = "unset";

    static TrendedReport of(final AuditTrail.Audited audited, final Instant asOf) {
        Item item = audited.item();
        Instant updated = Timestamps.parse(item.updated()).orElse(asOf);
        Instant opened =
                audited.history().isEmpty() ? updated : audited.history().get(0).when();
        Instant end = asOf;
        if (item.done()) {
            end = audited.history().stream()
                    .filter(change -> change.field().equalsIgnoreCase("status"))
                    .map(AuditTrail.Change::when)
                    .reduce((first, second) -> second)
                    .orElse(updated);
        }
        if (opened.isAfter(end)) {
            opened = end; // a clock skew or a report changed after the export's time: age 0, never negative
        }
        return new TrendedReport(
                item.field(ItemField.PROBLEM_TYPE).orElse(UNSET),
                item.field(ItemField.CRITICALITY).orElse(UNSET),
                item.field(ItemField.FOUND_IN_BUILD).orElse(UNSET),
                ReportStatus.of(item),
                AgeBand.of(Duration.between(opened, end)),
                opened);
    }

    /** The month (UTC) the report was opened, e.g. {@code 2026-09}. */
    YearMonth month() {
        return YearMonth.from(opened.atZone(ZoneOffset.UTC));
    }

    /** Open, deferred (kept open by decision, 9.4 / 5.8.2) or closed. */
    enum ReportStatus {
        OPEN,
        DEFERRED,
        CLOSED;

        static ReportStatus of(final Item item) {
            if (item.done()) {
                return CLOSED;
            }
            return item.status().strip().equalsIgnoreCase("Deferred") ? DEFERRED : OPEN;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How long the report was (or still is) open. */
    enum AgeBand {
        UNDER_30_DAYS("< 30 d"),
        FROM_30_TO_90_DAYS("30-90 d"),
        OVER_90_DAYS("> 90 d");

        private final String label;

        AgeBand(final String label) {
            this.label = label;
        }

        static AgeBand of(final Duration open) {
            long days = open.toDays();
            if (days < 30) {
                return UNDER_30_DAYS;
            }
            return days <= 90 ? FROM_30_TO_90_DAYS : OVER_90_DAYS;
        }

        String label() {
            return label;
        }
    }
}
