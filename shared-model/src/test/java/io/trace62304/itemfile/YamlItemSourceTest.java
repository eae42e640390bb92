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

        ItemSet items = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new YamlItemSource(file).load());

        assertThat(items.size()).isZero();
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
