package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IssueKeysTest {
    @Test
    void shouldTellAWholeKeyFromOtherText() {
        assertThat(List.of("PUMP-12", "med-3", "A_B-07"))
                .allSatisfy(key -> assertThat(IssueKeys.isKey(key)).as(key).isTrue());
        assertThat(List.of("PUMP", "-12", "PUMP-", "12-3", "PUMP-1a", "PUMP 1", "pkg:maven/x@1"))
                .allSatisfy(text -> assertThat(IssueKeys.isKey(text)).as(text).isFalse());
    }

    @Test
    void shouldFindJiraKeysInTextButNotPartsOfOtherWords() {
        java.util.regex.Matcher matcher = IssueKeys.IN_TEXT.matcher(
                "PUMP-12 and MED-3: UTF-8 is a key shape, X-1 is too short, ABC-012 has a leading zero, xPUMP-4, PUMP-5x");
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertThat(found).containsExactly("PUMP-12", "MED-3", "UTF-8", "PUMP-5");
    }

    @Test
    void shouldSortByProjectThenNumber() {
        List<String> keys = new ArrayList<>(List.of("MED-10", "ABC-3", "MED-2", "MED-1", "pkg:x", "MED-02"));

        keys.sort(IssueKeys.ORDER);

        assertThat(keys).containsExactly("ABC-3", "MED-1", "MED-2", "MED-10", "MED-02", "pkg:x");
    }

    /** The order as first written (project by substring, then numbered first, shorter numbers first, text). */
    private static final Comparator<String> WRITTEN = Comparator.comparing(IssueKeysTest::project)
            .thenComparing(IssueKeysTest::numbered, Comparator.reverseOrder())
            .thenComparingInt(key -> numbered(key) ? key.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private static String project(final String key) {
        int dash = key.lastIndexOf('-');
        return dash > 0 ? key.substring(0, dash) : key;
    }

    private static boolean numbered(final String key) {
        int from = key.lastIndexOf('-') + 1;
        return from > 0
                && from < key.length()
                && key.length() - from <= 18
                && !(key.charAt(from) == '0' && key.length() - from > 1)
                && key.substring(from).chars().allMatch(Character::isDigit);
    }

    @Test
    void shouldOrderEveryPairAsTheWrittenDefinitionDoes() {
        List<String> keys = new ArrayList<>(List.of(
                "",
                "-",
                "-1",
                "-01",
                "MED",
                "MED-",
                "MED-0",
                "MED-00",
                "MED-1",
                "MED-01",
                "MED-1a",
                "MED-\u0661\u0662",
                "MED-A-2",
                "MED-A",
                "ME-D-1",
                "MEDX-1",
                "ME-1",
                "pkg:maven/a@1",
                "MED-1234567890123456789",
                "MED-123456789012345678",
                "med-1",
                "M\u00c9D-1",
                "ABC-3"));
        Random random = new Random(62304);
        String alphabet = "AB-0129a";
        for (int i = 0; i < 400; i++) {
            StringBuilder key = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            keys.add(key.toString());
        }
        for (String left : keys) {
            for (String right : keys) {
                assertThat(Integer.signum(IssueKeys.ORDER.compare(left, right)))
                        .as("%s vs %s", left, right)
                        .isEqualTo(Integer.signum(WRITTEN.compare(left, right)));
            }
        }
    }
}
