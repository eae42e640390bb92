package io.trace62304.soup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Compares supplier names as SBOMs and SOUP items write them: case, punctuation, a leading "the" and a legal
 * form ({@code Inc.}, {@code Ltd}, {@code GmbH}…) do not count, and a name that contains the other agrees with
 * it ("Apache Software Foundation" and "The Apache Software Foundation"; "FasterXML" and "FasterXML, LLC").
 */
public final class Suppliers {
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "gmbh",
            "ag",
            "co",
            "corp",
            "corporation",
            "company",
            "sa",
            "sarl",
            "bv",
            "nv",
            "ab",
            "oy",
            "plc",
            "pty",
            "srl",
            "spa",
            "kg");

    private Suppliers() {}

    /** Whether two supplier names name the same organisation; an empty name agrees with none. */
    public static boolean agree(final String a, final String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ");
    }

    static String normalise(final String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        String[] words = plain.isEmpty() ? new String[0] : plain.split(" ");
        int from = words.length > 1 && "the".equals(words[0]) ? 1 : 0;
        int to = words.length;
        while (to - 1 > from && LEGAL_FORMS.contains(words[to - 1])) {
            to--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }
}
