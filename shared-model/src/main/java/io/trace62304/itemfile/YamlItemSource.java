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
import io.trace62304.json.YamlDocument;
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
    private static final List<String> TOP_LEVEL_KEYS = List.of("version", "items");
    private static final String VERSION = "1";

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
            YamlDocument document = SecureYaml.readDocument(file, limits);
            JsonNode root = document.root();
            if (root.isObject()) {
                requireFileShape(root, document);
            }
            if (!root.isObject() || !root.path("items").isArray()) {
                throw document.error("", "an items file is a mapping with an 'items' list (see docs/items.md)");
            }
            Reader reader = new Reader(document, new JsonFields(file.toString()));
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < root.get("items").size(); i++) {
                items.add(reader.item(root.get("items").get(i), "/items/" + i));
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

    /** The top level: {@code version} (1, the only one so far) and {@code items}; nothing else. */
    private static void requireFileShape(final JsonNode root, final YamlDocument document) throws ReportException {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL_KEYS.contains(name)) {
                throw document.error(
                        "/" + name, "unknown top-level key '" + name + "'; an items file has " + TOP_LEVEL_KEYS);
            }
        }
        JsonNode version = root.get("version");
        if (version != null
                && !(version.isValueNode() && VERSION.equals(version.asText().strip()))) {
            throw document.error(
                    "/version",
                    "items file version '" + (version.isValueNode() ? version.asText() : version.toString())
                            + "' is not supported (supported: " + VERSION + ")");
        }
    }

    /** Reads the items of one document; every error names the file, the line and the key. */
    private static final class Reader {
        private final YamlDocument document;
        private final JsonFields json;

        Reader(final YamlDocument document, final JsonFields json) {
            this.document = document;
            this.json = json;
        }

        Item item(final JsonNode node, final String pointer) throws ReportException {
            requireKnownKeys(node, pointer);
            String key = json.text(node, "key");
            if (key.isEmpty()) {
                throw document.error(pointer, "every item needs a 'key'");
            }
            String typeName = json.text(node, "type");
            ItemType type = ItemType.ofName(typeName);
            if (type == ItemType.OTHER) {
                throw document.error(
                        pointer + "/type",
                        "unknown item type '" + typeName + "' of " + key + " (the closest known type is '"
                                + ItemType.closestTo(typeName).displayName()
                                + "'); use one of the canonical issue types (docs/items.md)");
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
                    fields(node.path("fields"), pointer + "/fields", key),
                    links(node.path("links"), pointer + "/links", key));
        }

        private void requireKnownKeys(final JsonNode node, final String pointer) throws ReportException {
            if (!node.isObject()) {
                throw document.error(pointer, "each item is a mapping");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ITEM_KEYS.contains(name)) {
                    throw document.error(pointer + "/" + name, "unknown key '" + name + "'; an item has " + ITEM_KEYS);
                }
            }
        }

        private Map<ItemField, String> fields(final JsonNode node, final String pointer, final String key)
                throws ReportException {
            Map<ItemField, String> fields = new EnumMap<>(ItemField.class);
            requireMapping(node, pointer, key, "field name to value, e.g. {Safety Class: C}");
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                ItemField field = ItemField.ofName(entry.getKey())
                        .orElseThrow(() -> document.error(
                                pointer + "/" + entry.getKey(),
                                "unknown field '" + entry.getKey() + "' on " + key
                                        + "; fields use the canonical names of docs/items.md"));
                String value = entry.getValue().isValueNode()
                        ? entry.getValue().asText()
                        : entry.getValue().toString();
                Optional<String> refused =
                        field == ItemField.SAFETY_CLASS ? ClassValues.problem(key, value) : Optional.empty();
                if (refused.isPresent()) {
                    throw document.error(pointer + "/" + entry.getKey(), refused.get());
                }
                fields.put(field, value);
            }
            return fields;
        }

        private List<ItemLink> links(final JsonNode node, final String pointer, final String key)
                throws ReportException {
            List<ItemLink> links = new ArrayList<>();
            requireMapping(node, pointer, key, "link phrase to issue keys, e.g. {verifies: [PUMP-20]}");
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                LinkPhrase phrase = LinkPhrase.parse(entry.getKey())
                        .orElseThrow(() -> document.error(
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
                        throw document.error(pointer + "/" + entry.getKey(), "link targets are issue keys");
                    }
                    links.add(new ItemLink(
                            phrase.type().typeName(),
                            phrase.direction(),
                            target.asText().strip()));
                }
            }
            return links;
        }

        /**
         * {@code fields} and {@code links} are mappings (or empty): a list or a string would be dropped, so it is
         * refused.
         */
        private void requireMapping(final JsonNode node, final String pointer, final String key, final String shape)
                throws ReportException {
            boolean empty = node.isMissingNode()
                    || node.isNull()
                    || node.isTextual() && node.asText().isBlank();
            if (!empty && !node.isObject()) {
                String name = pointer.substring(pointer.lastIndexOf('/') + 1);
                throw document.error(
                        pointer, "'" + name + "' of " + key + " is " + kind(node) + ", not a mapping of " + shape);
            }
        }

        private static String kind(final JsonNode node) {
            if (node.isArray()) {
                return "a list";
            }
            return node.isTextual()
                    ? "a string"
                    : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }
}
