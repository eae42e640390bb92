package io.trace62304.render;

import io.trace62304.audit.AuditTrail;
import io.trace62304.item.Timestamps;
import java.util.List;

/**
 * {@code audit.csv} (RFC 4180, UTF-8): one row per recorded change, with the item's key, type, status and summary,
 * so a spreadsheet can sort and filter the history. Items without history get one row with empty change columns.
 * Cells are written by {@link Csv}: formulas are neutralised (OWASP), so the file is safe to open in a spreadsheet.
 */
public final class AuditCsv {
    public String render(final AuditTrail trail) {
        StringBuilder csv = new StringBuilder("key,type,status,summary,when,who,field,from,to\r\n");
        for (AuditTrail.Audited audited : trail.items()) {
            List<String> item = List.of(
                    audited.item().key(),
                    audited.item().type().displayName(),
                    audited.item().status(),
                    audited.item().summary());
            if (audited.history().isEmpty()) {
                row(csv, item, List.of("", "", "", "", ""));
            }
            for (AuditTrail.Change change : audited.history()) {
                row(
                        csv,
                        item,
                        List.of(
                                Timestamps.utc(change.when()),
                                change.who(),
                                change.field(),
                                change.from(),
                                change.to()));
            }
        }
        return csv.toString();
    }

    private static void row(final StringBuilder csv, final List<String> item, final List<String> change) {
        List<String> cells = new java.util.ArrayList<>(item);
        cells.addAll(change);
        Csv.row(csv, cells);
    }
}
