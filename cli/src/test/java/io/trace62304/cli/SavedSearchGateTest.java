package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 17, point 16: a saved Jira search that is not shown complete makes the gate unable to decide (exit 3). */
class SavedSearchGateTest {
    private static final Path DUPLICATE = Path.of(
                    "../shared-model/src/test/resources/fixtures/jira-search-dc-duplicate.json")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldNotDecideOnASearchThatSavesAnIssueTwiceInPlaceOfAnother() {
        assertThat(gate(DUPLICATE)).isEqualTo(GateCommand.UNDECIDABLE);

        assertThat(out.toString())
                .contains("release gate: ERROR")
                .contains(DUPLICATE.toString())
                .contains("issue 'DEV-2' is saved twice");
    }

    @Test
    void shouldNotDecideOnASearchWhoseTotalIsNotANumber() throws IOException {
        Path search = Files.writeString(
                temp.resolve("search.json"), Files.readString(DUPLICATE).replace("\"total\": 3", "\"total\": \"3\""));

        assertThat(gate(search)).isEqualTo(GateCommand.UNDECIDABLE);

        assertThat(out.toString())
                .contains(search.toString())
                .contains("'total' is \"3\", not a whole number of issues");
    }

    /** Issue 17, point 20: a near-miss issue type fails with the closest known name; another type warns. */
    @Test
    void shouldReportIssueTypesTheSchemeDoesNotKnowWithTheClosestKnownName() throws IOException {
        assertThat(gate(DUPLICATE.resolveSibling("jira-search-unknown-types.json")))
                .isEqualTo(GateCommand.FAILED);

        assertThat(out.toString())
                .contains("FAIL [item-types-known, QMS criterion")
                .contains("DEV-2 has issue type 'Software Requirements', which the 62304 scheme does not know")
                .contains("the closest known type is 'Software Requirement'");
        assertThat(Files.readString(temp.resolve("out/findings.json")))
                .contains("1 item(s) (DEV-3) have issue type 'Bug', not a 62304 issue type");
    }

    private int gate(final Path items) {
        CommandLine commandLine = Trace62304.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(
                "gate",
                "-q",
                "--items",
                items.toString(),
                "--out",
                temp.resolve("out").toString());
    }
}
