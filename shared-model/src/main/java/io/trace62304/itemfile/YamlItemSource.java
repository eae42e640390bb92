package io.trace62304.itemfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.item.ItemType;
import io.trace62304.item.Timestamps;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureYaml;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the hand-written items file ({@code docs/items.md}). Unknown keys, field names and link phrases are
 * errors that name the item, so a typo never silently drops evidence.
 */
public final class YamlItemSource implements ItemSource {
    private static final Set<String> ITEM_KEYS =
            Set.of("key", "type", "summary", "status", "done", "updated", "fields", "links");
    private static final Set<String> DONE_STATUSES = Set.of("closed", "done", "resolved");

    private final Path file;
    private final ReportLimits limits;

    public YamlItemSource(final Path file) {
        this(file, ReportLimits.DEFAULT);
    }

    public YamlItemSource(final Path file, final ReportLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    @Override
    public ItemSet load() throws ItemSourceException {
        try {
            JsonNode root = SecureYaml.read(file, limits);
            JsonFields json = new JsonFields(file.toString());
            if (!root.isObject() || !root.path("items").isArray()) {
                throw json.error("", "an items file is a mapping with an 'items' list (see docs/items.md)");
            }
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < root.get("items").size(); i++) {
                items.add(item(root.get("items").get(i), json, "/items/" + i));
            }
            return ItemSet.of(items);
        } catch (ReportException e) {
            throw new ItemSourceException("cannot read items file " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ItemSourceException("items file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "items file " + file;
    }

    private Item item(final JsonNode node, final JsonFields json, final String pointer) throws ReportException {
        requireKnownKeys(node, json, pointer);
        String key = json.text(node, "key");
        if (key.isEmpty()) {
            throw json.error(pointer, "every item needs a 'key'");
        }
        String typeName = json.text(node, "type");
        ItemType type = ItemType.ofName(typeName);
        if (type == ItemType.OTHER) {
            throw json.error(
                    pointer + "/type",
                    "unknown item type '" + typeName + "' of " + key
                            + "; use one of the canonical issue types (docs/items.md)");
        }
        String status = json.text(node, "status");
        boolean done = node.has("done")
                ? node.get("done").asBoolean()
                : DONE_STATUSES.contains(status.toLowerCase(Locale.ROOT));
        return new Item(
                key,
                type,
                json.text(node, "summary"),
                status,
                done,
                Timestamps.normalize(json.text(node, "updated")),
                fields(node.path("fields"), json, pointer + "/fields", key),
                links(node.path("links"), json, pointer + "/links", key));
    }

    private static void requireKnownKeys(final JsonNode node, final JsonFields json, final String pointer)
            throws ReportException {
        if (!node.isObject()) {
            throw json.error(pointer, "each item is a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ITEM_KEYS.contains(name)) {
                throw json.error(pointer + "/" + name, "unknown key '" + name + "'; an item has " + ITEM_KEYS);
            }
        }
    }

    private static Map<ItemField, String> fields(
            final JsonNode node, final JsonFields json, final String pointer, final String key) throws ReportException {
        Map<ItemField, String> fields = new EnumMap<>(ItemField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ItemField field = ItemField.ofName(entry.getKey())
                    .orElseThrow(() -> json.error(
                            pointer + "/" + entry.getKey(),
                            "unknown field '" + entry.getKey() + "' on " + key
                                    + "; fields use the canonical names of docs/items.md"));
            String value = entry.getValue().isValueNode()
                    ? entry.getValue().asText()
                    : entry.getValue().toString();
            Optional<String> refused =
                    field == ItemField.SAFETY_CLASS ? ClassValues.problem(key, value) : Optional.empty();
            if (refused.isPresent()) {
                throw json.error(pointer + "/" + entry.getKey(), refused.get());
            }
            fields.put(field, value);
        }
        return fields;
    }

    private static List<ItemLink> links(
            final JsonNode node, final JsonFields json, final String pointer, final String key) throws ReportException {
        List<ItemLink> links = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            LinkPhrase phrase = LinkPhrase.parse(entry.getKey())
                    .orElseThrow(() -> json.error(
                            pointer + "/" + entry.getKey(),
                            "unknown link '" + entry.getKey() + "' on " + key
                                    + "; use a phrase such as 'verifies' or 'is verified by' (docs/items.md)"));
            JsonNode targets = entry.getValue();
            List<JsonNode> values = new ArrayList<>();
            if (targets.isArray()) {
                targets.forEach(values::add);
            } else {
                values.add(targets);
            }
            for (JsonNode target : values) {
                if (!target.isTextual() || target.asText().isBlank()) {
                    throw json.error(pointer + "/" + entry.getKey(), "link targets are issue keys");
                }
                links.add(new ItemLink(
                        phrase.type().typeName(),
                        phrase.direction(),
                        target.asText().strip()));
            }
        }
        return links;
    }
}
