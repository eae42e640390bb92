package io.trace62304.gate;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.IssueKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Open problem reports indexed by the words of their summaries, so that the reports naming a vulnerability id are
 * one look-up rather than a scan of every report per vulnerability (3,000 vulnerabilities × thousands of reports
 * at scale). A word is a maximal run of ASCII letters, digits and '-', compared ignoring ASCII case: for an id made
 * of those characters that is exactly the id "as a word", {@code (?<![\p{Alnum}-])ID(?![\p{Alnum}-])} matched
 * case-insensitively. Any other id is matched with that expression over every open report.
 */
final class ReportWords {
    private static final Comparator<ItemState> BY_KEY = Comparator.comparing(ItemState::key, IssueKeys.ORDER);

    private final List<ItemState> open;
    private final Map<String, List<ItemState>> byWord = new HashMap<>();

    ReportWords(final List<ItemState> open) {
        this.open = List.copyOf(open);
        for (ItemState report : this.open) {
            for (String word : words(report.summary())) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(report);
            }
        }
    }

    /** The reports whose summary names the id as a word, in key order. */
    List<ItemState> naming(final String id) {
        List<ItemState> found;
        if (isWord(id)) {
            found = new ArrayList<>(byWord.getOrDefault(id.toLowerCase(Locale.ROOT), List.of()));
        } else {
            Pattern named = Pattern.compile(
                    "(?<![\\p{Alnum}-])" + Pattern.quote(id) + "(?![\\p{Alnum}-])", Pattern.CASE_INSENSITIVE);
            found = new ArrayList<>();
            for (ItemState report : open) {
                if (named.matcher(report.summary()).find()) {
                    found.add(report);
                }
            }
        }
        found.sort(BY_KEY);
        return List.copyOf(found);
    }

    /** The distinct words of a text, in lower case. */
    static Set<String> words(final String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    static boolean isWord(final String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!isWordChar(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(final char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }
}
