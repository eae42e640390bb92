package io.trace62304.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one error every report parser raises: it names the file, the line and column where they are
 * known, and a reason a person can act on. It is checked on purpose, so that no caller can forget
 * that a report may be unreadable (a gate that cannot read its evidence fails closed).
 */
public final class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param file   the report, as the user named it
     * @param line   1-based line, or 0 where unknown
     * @param column 1-based column, or 0 where unknown
     * @param reason what is wrong, in words a person understands
     * @param cause  the underlying error, if any
     */
    public ReportException(
            final String file, final int line, final int column, final String reason, final Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = Objects.requireNonNull(file);
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.reason = Objects.requireNonNull(reason);
    }

    public ReportException(final Path file, final String reason) {
        this(file.toString(), 0, 0, reason, null);
    }

    public ReportException(final Path file, final String reason, final Throwable cause) {
        this(file.toString(), 0, 0, reason, cause);
    }

    public String file() {
        return file;
    }

    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    public Optional<Integer> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    public String reason() {
        return reason;
    }

    private static String format(final String file, final int line, final int column, final String reason) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(reason).toString();
    }
}
