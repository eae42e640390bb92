package io.trace62304.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: whatever shape a hand-written items file takes (the committed fixture with YAML shapes spliced in:
 * aliases, anchors, second documents, lists and strings where mappings belong, unknown keys, other versions), the
 * item source returns items or the documented one-line {@link ItemSourceException} naming the file, never anything
 * else.
 */
class ItemFileFuzzTest {
    private static final String[] SHAPES = {
        "*a",
        "&a ",
        "\n---\n",
        "\n...\n",
        "\n---\nitems: []\n",
        "<<: *a\n",
        "\n    links: [MED-1]\n",
        "\n    links: MED-1\n",
        "\n    fields: [Safety Class, C]\n",
        "\n    fields: C\n",
        "\nversion: 2\n",
        "\ncolour: red\n",
        "\n  - ",
        "{",
        "[",
        ": ",
        "\t",
        "\u0000",
        "!!binary ",
        "!custom ",
        "? ",
        "'",
        "\"",
        "#",
        "%YAML 1.1\n"
    };

    @Property(tries = 1000, seed = "62304") // fixed seed: CI stays reproducible
    void anyShapeYieldsItemsOrTheDocumentedError(@ForAll("splices") final Splice splice) throws IOException {
        String original = Files.readString(Fixtures.of("items.yaml"), StandardCharsets.UTF_8);
        Path file = Files.createTempFile("fuzz", ".yaml");
        try {
            Files.writeString(file, splice.apply(original), StandardCharsets.UTF_8);
            ItemSet items = new YamlItemSource(file).load();
            assertThat(items).isNotNull();
        } catch (ItemSourceException e) {
            assertThat(e.getMessage()).contains(file.toString()).doesNotContain("\n\tat ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Splice> splices() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.of(SHAPES),
                        Arbitraries.integers().between(0, 40))
                .as(Splice::new);
    }

    /** Inserts a shape at a relative position, replacing up to {@code cut} characters. */
    record Splice(double position, String shape, int cut) {
        String apply(final String text) {
            int at = (int) (position * text.length());
            int to = Math.min(text.length(), at + cut);
            return text.substring(0, at) + shape + text.substring(to);
        }
    }
}
