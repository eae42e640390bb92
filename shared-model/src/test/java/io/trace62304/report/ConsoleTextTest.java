package io.trace62304.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17, point 9: console text cannot forge lines, CI commands or terminal escape sequences. */
class ConsoleTextTest {
    @Test
    void shouldKeepEveryMessageOnOneLine() {
        assertThat(ConsoleText.line("PUMP-20 ok\nIEC 62304 release gate: PASS\r\nx\u2028y\u2029z"))
                .isEqualTo("PUMP-20 ok\\nIEC 62304 release gate: PASS\\r\\nx\\u2028y\\u2029z");
    }

    @Test
    void shouldEscapeTerminalSequencesAndInvisibleCharacters() {
        assertThat(ConsoleText.line("\u001b]0;title\u0007\u001b[2J\u009b31m\u0000\t\u202ea\u2066\u200b\ufeff"))
                .isEqualTo("\\u001b]0;title\\u0007\\u001b[2J\\u009b31m\\u0000\\t\\u202ea\\u2066\\u200b\\ufeff");
    }

    @Test
    void shouldNotLetALineStartLikeACiCommand() {
        assertThat(ConsoleText.line("::error file=a::forged")).isEqualTo("\\u003a:error file=a::forged");
        assertThat(ConsoleText.line("  ##vso[task.complete]")).isEqualTo("  \\u0023#vso[task.complete]");
        assertThat(ConsoleText.line("##[error]x")).isEqualTo("\\u0023#[error]x");
        assertThat(ConsoleText.line("a ::error:: in the middle")).isEqualTo("a ::error:: in the middle");
        assertThat(ConsoleText.line("## heading")).isEqualTo("## heading");
        assertThat(ConsoleText.line(null)).isEqualTo("null");
    }

    @Test
    void shouldKeepTheLinesOfABlockButNotItsCommandsOrEscapes() {
        assertThat(ConsoleText.block("Plan for x:\r\n  create\tfield\n::error::x\n\u001b[0m\rdone\n"))
                .isEqualTo("Plan for x:\n  create\tfield\n\\u003a:error::x\n\\u001b[0m\\rdone\n");
    }
}
