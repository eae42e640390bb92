package io.trace62304.render;

import java.util.List;

/**
 * CSV cells (RFC 4180) that a spreadsheet shows as text and never runs: the OWASP CSV-injection rule. A cell that
 * starts with {@code = + - @}, a tab or a carriage return (or the full-width {@code ＝ ＋ － ＠} some spreadsheets read
 * the same way) is prefixed with {@code '}; a cell with a quote, comma, semicolon (the separator of many locales),
 * line feed or carriage return is quoted, its quotes doubled. Every CSV output goes through here.
 */
final class Csv {
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final String QUOTED = "\",;\n\r";

    private Csv() {}

    /** One record, CR LF terminated. */
    static void row(final StringBuilder csv, final List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(final String cell) {
        String safe = !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        boolean quoted = safe.chars().anyMatch(c -> QUOTED.indexOf(c) >= 0);
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
