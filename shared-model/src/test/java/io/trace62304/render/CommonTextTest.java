package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a group's findings say alike is said once; each row keeps the rest, and nothing is lost. */
class CommonTextTest {
    @Test
    void shouldCutTheCommonWordsAtBlanksAndKeepEveryTextRecoverable() {
        List<String> texts = List.of(
                "PUMP-50 (Class C, status 'Deferred') lacks the field 'Deferral Justification'; 9.2d asks it",
                "PUMP-7 (Class C, status 'Open') lacks the field 'Deferral Justification'; 9.2d asks it",
                "PUMP-812 (Class C, status 'Deferred') lacks the field 'Deferral Justification'; 9.2d asks it");

        CommonText common = CommonText.of(texts);

        assertThat(common.prefix()).isEmpty();
        assertThat(common.suffix()).isEqualTo(" lacks the field 'Deferral Justification'; 9.2d asks it");
        assertThat(common.middle(texts.get(1))).isEqualTo("PUMP-7 (Class C, status 'Open')");
        texts.forEach(text -> assertThat(common.prefix() + common.middle(text) + common.suffix())
                .isEqualTo(text));
    }

    @Test
    void shouldKeepACommonPrefixOnlyUpToAWholeWord() {
        List<String> texts = List.of("test a.b.Foo failed", "test a.b.Fob failed", "test a.c failed");

        CommonText common = CommonText.of(texts);

        assertThat(common.prefix()).isEqualTo("test ");
        assertThat(common.suffix()).isEqualTo(" failed");
        assertThat(texts.stream().map(common::middle)).containsExactly("a.b.Foo", "a.b.Fob", "a.c");
    }

    @Test
    void shouldLeaveEachTextAMiddleWhenTheCommonPartsWouldOverlap() {
        List<String> texts = List.of("a b", "a b a b", "a b");

        CommonText common = CommonText.of(texts);

        texts.forEach(text -> {
            assertThat(common.middle(text)).isNotEmpty();
            assertThat(common.prefix() + common.middle(text) + common.suffix()).isEqualTo(text);
        });
        assertThat(CommonText.of(List.of("only one"))).isEqualTo(CommonText.NONE);
        assertThat(CommonText.of(List.of("same words", "same words")).middle("same words"))
                .isEqualTo("same");
    }
}
