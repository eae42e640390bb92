package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueKeysTest {
    @Test
    void shouldSortByProjectThenNumber() {
        List<String> keys = new ArrayList<>(List.of("MED-10", "ABC-3", "MED-2", "MED-1", "pkg:x", "MED-02"));

        keys.sort(IssueKeys.ORDER);

        assertThat(keys).containsExactly("ABC-3", "MED-1", "MED-2", "MED-10", "MED-02", "pkg:x");
    }
}
