package io.trace62304.report;

import java.math.BigDecimal;

/**
 * The one way report numbers are read. Unlike a helper that quietly returns 0, a malformed number is an
 * error that names where it stands, so a count or a score is never invented.
 */
public final class Numbers {
    private Numbers() {}

    /**
     * @param text the digits, surrounding white space allowed
     * @param what what the number is, for the message (e.g. {@code attribute line})
     * @param at   where the parser is
     * @return the value
     * @throws ReportException if the text is not a whole number
     */
    public static long toLong(final String text, final String what, final Locator at) throws ReportException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw at.error(what + " is not a whole number: '" + abbreviate(text) + "'");
        }
    }

    /**
     * Reads a decimal such as a duration or a CVSS score. Thousands separators (1,234.5), as some
     * producers write them, are accepted.
     *
     * @param text the number
     * @param what what the number is, for the message
     * @param at   where the parser is
     * @return the value
     * @throws ReportException if the text is not a finite decimal number
     */
    public static BigDecimal toDecimal(final String text, final String what, final Locator at) throws ReportException {
        String plain = text.strip().replace(",", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw at.error(what + " is not a number: '" + abbreviate(text) + "'");
        }
    }

    /**
     * Reads a finite decimal as a {@code double} (durations). Thousands separators are accepted.
     *
     * @param text the number
     * @param what what the number is, for the message
     * @param at   where the parser is
     * @return the value
     * @throws ReportException if the text is not a finite number
     */
    public static double toDouble(final String text, final String what, final Locator at) throws ReportException {
        String plain = text.strip().replace(",", "");
        try {
            double value = Double.parseDouble(plain);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw at.error(what + " is not a number: '" + abbreviate(text) + "'");
    }

    private static String abbreviate(final String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
