package io.trace62304.itemfile;

import io.trace62304.item.ItemSource;
import java.nio.file.Path;
import java.util.Locale;

/** The item source of a file: a saved Jira search ({@code .json}, expand=names), else a YAML items file. */
public final class ItemFiles {
    private ItemFiles() {}

    public static ItemSource of(final Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? new JiraSearchFileItemSource(file)
                : new YamlItemSource(file);
    }
}
