package io.trace62304.itemfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import io.trace62304.item.SafetyClass;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlItemSourceTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadTheItemsFileWithFieldsLinksAndClasses() throws ItemSourceException {
        ItemSet items = new YamlItemSource(Fixtures.of("items.yaml")).load();

        assertThat(items.size()).isEqualTo(9);
        Item requirement = items.get("MED-4").orElseThrow();
        assertThat(requirement.type()).isEqualTo(ItemType.REQUIREMENT);
        assertThat(requirement.linked(LinkType.IMPLEMENTS, Direction.OUTWARD)).containsExactly("MED-3");
        assertThat(requirement.linked(LinkType.IMPLEMENTS, Direction.INWARD)).containsExactly("MED-1");
        assertThat(items.classOf("MED-3").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.classOf("MED-5").safetyClass()).isEqualTo(SafetyClass.B);
        assertThat(items.classOf("MED-6").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.get("MED-7").orElseThrow().done()).isTrue();
        assertThat(items.get("MED-8").orElseThrow()).satisfies(spr -> {
            assertThat(spr.type()).isEqualTo(ItemType.PROBLEM_REPORT);
            assertThat(spr.done()).isFalse();
        });
        assertThat(items.get("MED-9").orElseThrow().field(ItemField.SOUP_VERSION))
                .contains("2.9.10");
    }

    @Test
    void shouldNameTheItemWhenAFieldIsMisspelt() throws IOException {
        Path file = write("items:\n  - key: A-1\n    type: Risk Control\n    fields: {Root cause of it: x}\n");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessageContaining(file.toString())
                .withMessageContaining("/items/0/fields/Root cause of it")
                .withMessageContaining("unknown field 'Root cause of it' on A-1");
    }

    @Test
    void shouldRefuseUnknownLinksTypesAndKeys() throws IOException {
        assertRefused(
                "items:\n  - key: A-1\n    type: Risk Control\n    links: {relates to: [A-2]}\n",
                "unknown link 'relates to'");
        assertRefused("items:\n  - key: A-1\n    type: Bug\n", "unknown item type 'Bug'");
        assertRefused(
                "items:\n  - key: A-2\n    type: Software Requirements\n",
                "unknown item type 'Software Requirements' of A-2 (the closest known type is 'Software Requirement')");
        assertRefused("items:\n  - key: A-1\n    type: Risk Control\n    colour: red\n", "unknown key 'colour'");
        assertRefused("items:\n  - type: Risk Control\n", "every item needs a 'key'");
        assertRefused(
                "items:\n  - key: A-1\n    type: Risk Control\n    links: {verifies: [{key: A-2}]}\n",
                "link targets are issue keys");
        assertRefused("- key: A-1\n", "a mapping with an 'items' list");
        assertRefused("items:\n  - A-1\n", "each item is a mapping");
    }

    /** 4.3: "B/C" or a list of classes is the highest class, never the lower one. */
    @Test
    void shouldReadAWrittenClassNamingSeveralClassesAsTheHighest() throws IOException, ItemSourceException {
        Path file = write("items:\n  - {key: A-1, type: Software Item, fields: {Safety Class: B/C}}\n"
                + "  - {key: A-2, type: Software Item, fields: {Safety Class: [B, C]}}\n"
                + "  - {key: A-3, type: Software Item, fields: {Safety Class: 'c '}}\n");

        ItemSet items = new YamlItemSource(file).load();

        assertThat(items.classOf("A-1").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.classOf("A-1").basis()).contains("'B/C' names [B, C]");
        assertThat(items.classOf("A-2").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.classOf("A-3")).isEqualTo(new ItemSet.Classification(SafetyClass.C, "explicit"));
    }

    @Test
    void shouldRefuseAWrittenClassThatNamesNoClassWithTheFileItemAndField() throws IOException {
        Path file = write("items:\n  - key: A-1\n    type: Software Item\n    fields: {Safety Class: Critical}\n");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessageContaining(file.toString())
                .withMessageContaining("/items/0/fields/Safety Class")
                .withMessageContaining("A-1 has Safety Class 'Critical', which names no safety class");
    }

    @Test
    void shouldRefuseAKeyTwiceWithDifferentContent() throws IOException {
        assertRefused(
                "items:\n  - {key: A-1, type: Risk Control, status: Open}\n"
                        + "  - {key: A-1, type: Risk Control, status: Done}\n",
                "A-1 appears twice");
    }

    @Test
    void shouldRefuseDuplicateMappingKeysWithTheLine() throws IOException {
        assertRefused("items:\n  - key: A-1\n    key: A-2\n    type: Risk Control\n", ":3:");
    }

    /** An alias bomb is refused at its first alias, before anything is expanded. */
    @Test
    void shouldNotExpandAnAliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        bomb.append("items: []\n");
        Path file = write(bomb.toString());

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatExceptionOfType(ItemSourceException.class)
                        .isThrownBy(() -> new YamlItemSource(file).load())
                        .withMessageContaining(file + ":2:")
                        .withMessageContaining("the alias '*a' is not supported"));
    }

    /** Issue 17, point 18: an alias is refused, with its line, instead of being read as the anchor's name. */
    @Test
    void shouldRefuseAnAliasWithItsLine() {
        Path file = Fixtures.of("items-alias.yaml");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessage("cannot read items file " + file + ":11:13: the alias '*ok' is not supported: it would"
                        + " be read as the anchor's name, not its value; write the value out");
    }

    /** Issue 17, point 18: a second document would be ignored, so the file is refused. */
    @Test
    void shouldRefuseASecondDocument() {
        Path file = Fixtures.of("items-two-documents.yaml");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessageContaining(file + ":6:")
                .withMessageContaining("a second YAML document");
    }

    /** Issue 17, point 18: links given as a list were dropped silently. */
    @Test
    void shouldRefuseLinksGivenAsAListWithFileLineAndKey() {
        Path file = Fixtures.of("items-links-list.yaml");

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessage("cannot read items file " + file + ":11:5: at /items/1/links: 'links' of MED-3 is a"
                        + " list, not a mapping of link phrase to issue keys, e.g. {verifies: [PUMP-20]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            items:\\n  - {key: A-1, type: Risk Control, links: verifies A-2}          | 2 | at /items/0/links: 'links' of A-1 is a string, not a mapping
            items:\\n  - {key: A-1, type: Risk Control, links: [A-2]}                 | 2 | 'links' of A-1 is a list
            items:\\n  - {key: A-1, type: Risk Control, fields: [Root Cause, x]}      | 2 | at /items/0/fields: 'fields' of A-1 is a list, not a mapping of field name to value
            items:\\n  - key: A-1\\n    type: Risk Control\\n    fields: Root Cause x | 4 | 'fields' of A-1 is a string
            items:\\n  - {key: A-1, type: Risk Control, fields: 7}                    | 2 | 'fields' of A-1 is a number
            version: 2\\nitems: []                                                    | 1 | at /version: items file version '2' is not supported (supported: 1)
            version: [1]\\nitems: []                                                  | 1 | items file version '[1]' is not supported
            items: []\\nitem:\\n  - {key: A-1, type: Risk Control}                    | 2 | at /item: unknown top-level key 'item'; an items file has [version, items]
            items: []\\n---\\nitems: []                                               | 3 | a second YAML document
            items: []\\n---\\n                                                        | 3 | a second YAML document
            base: &b {type: Risk Control}\\nitems:\\n  - {key: A-1, type: *b}          | 3 | the alias '*b' is not supported
            """)
    void shouldRefuseWrongShapesWithTheLineAndTheKey(final String yaml, final int line, final String message)
            throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));

        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessageStartingWith("cannot read items file " + file + ":" + line + ":")
                .withMessageContaining(message);
    }

    @Test
    void shouldAcceptAnAnchorWithoutAliasAnExplicitDocumentStartAndEmptyFieldsAndLinks()
            throws IOException, ItemSourceException {
        Path file =
                write("---\nversion: '1'\nitems:\n  - &first {key: A-1, type: Risk Control, fields: {}, links: ''}\n"
                        + "  - key: A-2\n    type: Risk Control\n    fields:\n    links:\n");

        assertThat(new YamlItemSource(file).load().size()).isEqualTo(2);
    }

    @Test
    void shouldReportAMissingFile() {
        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(temp.resolve("absent.yaml")).load())
                .withMessageContaining("absent.yaml: no such file");
        assertThat(new YamlItemSource(temp.resolve("x.yaml")).describe())
                .isEqualTo("items file " + temp.resolve("x.yaml"));
    }

    private void assertRefused(final String yaml, final String message) throws IOException {
        Path file = write(yaml);
        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new YamlItemSource(file).load())
                .withMessageContaining(message);
    }

    private Path write(final String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "items", ".yaml"), yaml);
    }
}
