package io.trace62304.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CISA Known Exploited Vulnerabilities catalogue, from its JSON feed ({@code
 * known_exploited_vulnerabilities.json}, schema 1.x: {@code catalogVersion}, {@code dateReleased}, {@code count},
 * {@code vulnerabilities[]} with {@code cveID}, {@code dateAdded}…). A catalogue whose {@code count} disagrees with
 * its entries is refused as truncated.
 *
 * @param file           the file it was read from
 * @param catalogVersion e.g. {@code 2026.12.01}
 * @param dateReleased   when CISA released this version
 * @param entries        by CVE id
 */
public record KevCatalog(String file, String catalogVersion, String dateReleased, Map<String, KevEntry> entries) {
    /** No catalogue given: nothing is known exploited, and outputs say that no catalogue was read. */
    public static final KevCatalog NONE = new KevCatalog("", "", "", Map.of());

    public KevCatalog {
        Objects.requireNonNull(file);
        Objects.requireNonNull(catalogVersion);
        Objects.requireNonNull(dateReleased);
        entries = Map.copyOf(entries);
    }

    /**
     * @param file   the catalogue JSON
     * @param limits size caps
     * @return the catalogue
     * @throws ReportException if unreadable, not the KEV format, or truncated
     */
    public static KevCatalog read(final Path file, final ReportLimits limits) throws ReportException {
        JsonNode root = SecureJson.read(file, limits);
        JsonFields fields = new JsonFields(file.toString());
        if (!root.isObject() || !root.has("vulnerabilities") || !root.has("catalogVersion")) {
            throw fields.error("", "not a CISA KEV catalogue: catalogVersion and vulnerabilities[] are required");
        }
        fields.requireArrayOrAbsent(root.get("vulnerabilities"), "/vulnerabilities");
        Map<String, KevEntry> entries = new TreeMap<>();
        List<JsonNode> list = fields.array(root, "vulnerabilities");
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String cve = fields.text(node, "cveID");
            String added = fields.text(node, "dateAdded");
            if (cve.isEmpty() || added.isEmpty()) {
                throw fields.error("/vulnerabilities/" + i, "a KEV entry needs cveID and dateAdded");
            }
            entries.put(
                    cve,
                    new KevEntry(
                            cve,
                            fields.text(node, "vendorProject"),
                            fields.text(node, "product"),
                            added,
                            fields.text(node, "dueDate"),
                            fields.text(node, "requiredAction"),
                            fields.text(node, "knownRansomwareCampaignUse")));
        }
        if (root.has("count")) {
            double count = fields.number(root, "count", "");
            if (count != list.size()) {
                throw fields.error(
                        "/count",
                        "the catalogue says it has " + (long) count + " entries but lists " + list.size()
                                + " (truncated download?)");
            }
        }
        return new KevCatalog(
                file.toString(), fields.text(root, "catalogVersion"), fields.text(root, "dateReleased"), entries);
    }

    /**
     * @param identifiers a vulnerability's id and aliases
     * @return its catalogue entry, if any identifier is listed
     */
    public Optional<KevEntry> find(final Collection<String> identifiers) {
        return identifiers.stream().map(entries::get).filter(Objects::nonNull).findFirst();
    }

    /** @return whether a catalogue was read */
    public boolean isPresent() {
        return !file.isEmpty();
    }
}
