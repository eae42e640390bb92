package io.trace62304.jenkinsviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A localizable text {@code ${%…}} of a Jelly view, read the way Stapler reads it
 * (jenkinsci/stapler {@code jelly/src/main/java/org/kohsuke/stapler/jelly/InternationalizedStringExpression.java}
 * at 2076.v1b_a_c12445eb_e, the version Jenkins 2.555.3 bundles): the key runs to the first {@code (}; what follows
 * is a comma-separated list of arguments, each parsed as a JEXL expression, up to a closing {@code )}.
 * {@code ${%Traceability (IEC 62304 5.1.1, 7.3.3)}} is therefore the key {@code "Traceability "} with the arguments
 * {@code IEC 62304 5.1.1} and {@code 7.3.3}, which do not parse, and the page fails to load.
 *
 * @param key the resource key Stapler looks up (and shows when no bundle has it)
 * @param arguments the argument expressions, empty when the text has none
 */
record StaplerText(String key, List<String> arguments) {
    /** An argument we allow: a variable or property path, e.g. {@code it.name}. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /**
     * A key that may take arguments: a bare name whose text is in a properties file, e.g. {@code blurb(it.name)}.
     * A key with spaces is literal text, where parentheses are text too: {@code IEC 62304 (Trace62304)} would show
     * "IEC 62304 " followed by the value of an undefined variable.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    /** Parses the text of {@code ${%…}} (without {@code ${%} and {@code }}) as Stapler does. */
    static StaplerText parse(final String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return new StaplerText(text, List.of());
        }
        List<String> arguments = new ArrayList<>();
        String rest = text.substring(open + 1);
        while (!rest.isEmpty()) {
            String token = token(text, rest);
            arguments.add(token);
            rest = rest.substring(token.length() + 1);
        }
        return new StaplerText(text.substring(0, open), List.copyOf(arguments));
    }

    /**
     * Why this text is refused, or empty: keys carry no parentheses or commas, and arguments are plain references.
     */
    static Optional<String> problem(final String text) {
        StaplerText parsed;
        try {
            parsed = parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (parsed.key().contains(",") || parsed.key().contains(")")) {
            return Optional.of(
                    "the key '" + parsed.key() + "' has a comma or parenthesis: put such text outside ${%…}");
        }
        if (!parsed.arguments().isEmpty() && !NAME.matcher(parsed.key()).matches()) {
            return Optional.of("Stapler reads '" + text + "' as the key '" + parsed.key() + "' with the arguments "
                    + parsed.arguments() + ": put parenthesised text outside ${%…}");
        }
        for (String argument : parsed.arguments()) {
            if (!REFERENCE.matcher(argument.trim()).matches()) {
                return Optional.of("Stapler reads '" + text + "' as the key '" + parsed.key() + "' with the argument '"
                        + argument + "', which is no expression: put parenthesised text outside ${%…}");
            }
        }
        return Optional.empty();
    }

    /** Stapler's {@code tokenize}: the next argument of {@code "arg,arg)"}, up to a top-level comma or parenthesis. */
    private static String token(final String whole, final String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ',' -> {
                    if (depth == 0) {
                        return text.substring(0, i);
                    }
                }
                case '(', '{', '[' -> depth++;
                case ')' -> {
                    if (depth == 0) {
                        return text.substring(0, i);
                    }
                    depth--;
                }
                case '}', ']' -> depth--;
                case '"', '\'' -> {
                    int end = text.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("'" + whole + "' has an unterminated string");
                    }
                    i = end;
                }
                default -> {}
            }
        }
        throw new IllegalArgumentException("Stapler reads '" + whole + "' as a key with arguments and finds no ')'");
    }
}
