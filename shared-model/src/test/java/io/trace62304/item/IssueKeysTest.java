package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
