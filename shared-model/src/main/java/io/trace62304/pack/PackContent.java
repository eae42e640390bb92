package io.trace62304.pack;

import io.trace62304.anomaly.AnomalyList;
import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.ItemField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pack is made from: the sealed baseline (already verified), the previous release's baseline when given, the
 * item texts the item source holds today ({@code sourceTexts}, key to description), which fill in the text of an
 * item whose baseline was sealed without one, and the release's unresolved anomaly list.
 */
public record PackContent(
        SealedBaseline sealed,
        Optional<SealedBaseline> previous,
        Map<String, String> sourceTexts,
        AnomalyList anomalies) {
    public PackContent {
        Objects.requireNonNull(sealed);
        Objects.requireNonNull(previous);
        sourceTexts = Map.copyOf(sourceTexts);
        Objects.requireNonNull(anomalies);
    }

    public Baseline baseline() {
        return sealed.baseline();
    }

    /** The items of one type, in baseline order. */
    public List<ItemState> items(final String type) {
        return baseline().items().stream().filter(i -> i.type().equals(type)).toList();
    }

    public Optional<ItemState> item(final String key) {
        return baseline().items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The text of an item: the one sealed in the baseline, else the item source's, else empty (never invented). */
    public ItemText text(final ItemState item) {
        String sealedText = item.field(ItemField.DESCRIPTION.fieldName());
        String source = sourceTexts.getOrDefault(item.key(), "");
        if (!sealedText.isEmpty()) {
            return new ItemText(sealedText, ItemText.Origin.BASELINE, !source.isEmpty() && !source.equals(sealedText));
        }
        return source.isEmpty()
                ? new ItemText("", ItemText.Origin.NONE, false)
                : new ItemText(source, ItemText.Origin.ITEM_SOURCE, false);
    }
}
