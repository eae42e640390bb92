package io.trace62304.cli;

import io.trace62304.report.ConsoleText;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The writer behind every message of the command (standard output and standard error): each {@code println} is one
 * line ({@link ConsoleText#line}), so text from inputs can neither forge a line nor reach the terminal as an escape
 * sequence; {@code print} writes a block of lines the program composed ({@link ConsoleText#block}); {@code printf}
 * escapes its text arguments and formats with {@link Locale#ROOT}. Installed by {@link Trace62304#commandLine()} on
 * whatever writer is set, so no command can print around it.
 */
final class ConsoleWriter extends PrintWriter {
    private ConsoleWriter(final PrintWriter out) {
        super(out, true);
    }

    /** The writer, escaping; a writer that already escapes is returned as it is. */
    static PrintWriter of(final PrintWriter out) {
        return out instanceof ConsoleWriter ? out : new ConsoleWriter(out);
    }

    @Override
    public void println(final String line) {
        synchronized (lock) {
            write(ConsoleText.line(line));
            println();
        }
    }

    @Override
    public void println(final Object line) {
        println(String.valueOf(line));
    }

    @Override
    public void println(final char[] line) {
        println(new String(line));
    }

    @Override
    public void print(final String block) {
        write(ConsoleText.block(block));
    }

    @Override
    public void print(final Object block) {
        print(String.valueOf(block));
    }

    @Override
    public void print(final char[] block) {
        print(new String(block));
    }

    @Override
    public void print(final char c) {
        print(String.valueOf(c));
    }

    @Override
    public PrintWriter format(final String format, final Object... args) {
        return format(Locale.ROOT, format, args);
    }

    @Override
    public PrintWriter format(final Locale locale, final String format, final Object... args) {
        Object[] escaped = args.clone();
        for (int i = 0; i < escaped.length; i++) {
            if (!(escaped[i] instanceof Number || escaped[i] instanceof Boolean || escaped[i] == null)) {
                escaped[i] = ConsoleText.line(String.valueOf(escaped[i]));
            }
        }
        synchronized (lock) {
            write(String.format(locale, format, escaped)); // the format itself is the program's: %n stays a line
            flush();
        }
        return this;
    }
}
