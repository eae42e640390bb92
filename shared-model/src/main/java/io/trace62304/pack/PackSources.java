package io.trace62304.pack;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.report.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what a pack is made from: the baseline and the previous release's baseline, each verified first (digest,
 * canonical form; a pack is never made from one that does not verify), and the item texts of an item source.
 */
public final class PackSources {
    private final BaselineVerifier verifier = new BaselineVerifier();
    private final BaselineCodec codec = new BaselineCodec();

    public PackContent load(final Path baseline, final Optional<Path> previous, final Optional<ItemSource> items)
            throws PackRefusedException, ReportException, ItemSourceException {
        List<String> problems = new ArrayList<>(verifier.verify(baseline, Optional.empty()));
        previous.ifPresent(p ->
                verifier.verify(p, Optional.empty()).forEach(problem -> problems.add("previous release: " + problem)));
        if (!problems.isEmpty()) {
            throw new PackRefusedException(problems);
        }
        SealedBaseline sealed = codec.read(baseline);
        Optional<SealedBaseline> before =
                previous.isPresent() ? Optional.of(codec.read(previous.get())) : Optional.empty();
        return new PackContent(sealed, before, items.isPresent() ? texts(items.get()) : Map.of());
    }

    private static Map<String, String> texts(final ItemSource source) throws ItemSourceException {
        Map<String, String> texts = new TreeMap<>();
        for (Item item : source.load().items()) {
            item.field(ItemField.DESCRIPTION).ifPresent(text -> texts.put(item.key(), text));
        }
        return texts;
    }
}
