package io.trace62304.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads OSV records (OSV schema 1.x, https://ossf.github.io/osv-schema/): one record per file as OSV's
 * exports hold them, an array of records, or an OSV API answer ({@code {"vulns": […]}}). Withdrawn records are
 * left out; packages of ecosystems without a package URL type are dropped from a record.
 */
public final class OsvParser {
    private final ReportLimits limits;

    public OsvParser(final ReportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param file an OSV JSON file
     * @return its records that are not withdrawn
     * @throws ReportException if the file is unreadable or a record lacks what the schema requires
     */
    public List<Advisory> parse(final Path file) throws ReportException {
        JsonNode root = SecureJson.read(file, limits);
        JsonFields fields = new JsonFields(file.toString());
        List<Advisory> advisories = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                record(root.get(i), "/" + i, fields).ifPresent(advisories::add);
            }
        } else if (root.isObject() && !root.has("id") && root.has("vulns")) {
            fields.requireArrayOrAbsent(root.get("vulns"), "/vulns");
            for (int i = 0; i < root.get("vulns").size(); i++) {
                record(root.get("vulns").get(i), "/vulns/" + i, fields).ifPresent(advisories::add);
            }
        } else {
            record(root, "", fields).ifPresent(advisories::add);
        }
        return advisories;
    }

    private static Optional<Advisory> record(final JsonNode node, final String pointer, final JsonFields fields)
            throws ReportException {
        if (!node.isObject()) {
            throw fields.error(pointer, "an OSV record (a JSON object) is required here");
        }
        String id = fields.text(node, "id");
        if (id.isEmpty()) {
            throw fields.error(pointer + "/id", "an OSV record needs an id");
        }
        if (!fields.text(node, "withdrawn").isEmpty()) {
            return Optional.empty();
        }
        for (String array : List.of("aliases", "severity", "affected")) {
            fields.requireArrayOrAbsent(node.get(array), pointer + "/" + array);
        }
        List<AffectedPackage> affected = new ArrayList<>();
        List<CvssScore> scores = new ArrayList<>(scores(fields.array(node, "severity")));
        List<JsonNode> entries = fields.array(node, "affected");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            scores.addAll(scores(fields.array(entry, "severity")));
            affectedPackage(entry, pointer + "/affected/" + i, fields).ifPresent(affected::add);
        }
        Optional<CvssScore> best = scores.stream().max(Comparator.comparingDouble(CvssScore::score));
        Severity severity = scores.stream()
                .map(CvssScore::severity)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> databaseSeverity(node, fields).orElse(Severity.UNKNOWN));
        List<String> aliases = new ArrayList<>();
        fields.array(node, "aliases").forEach(a -> aliases.add(a.asText().strip()));
        return Optional.of(new Advisory(
                id,
                aliases,
                fields.text(node, "summary"),
                fields.text(node, "modified"),
                severity,
                best.map(CvssScore::text).orElse(""),
                affected,
                fields.file()));
    }

    private static Optional<AffectedPackage> affectedPackage(
            final JsonNode entry, final String pointer, final JsonFields fields) throws ReportException {
        JsonNode pkg = entry.get("package");
        if (pkg == null || !pkg.isObject()) {
            return Optional.empty(); // OSV allows affected entries without a package (e.g. a Git repository only)
        }
        String purl = fields.text(pkg, "purl");
        Optional<PackageKey> key = purl.isEmpty()
                ? PackageKey.ofOsv(fields.text(pkg, "ecosystem"), fields.text(pkg, "name"))
                : PackageKey.ofPurl(purl);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        fields.requireArrayOrAbsent(entry.get("ranges"), pointer + "/ranges");
        fields.requireArrayOrAbsent(entry.get("versions"), pointer + "/versions");
        List<VersionRange> ranges = new ArrayList<>();
        List<JsonNode> rangeNodes = fields.array(entry, "ranges");
        for (int i = 0; i < rangeNodes.size(); i++) {
            ranges.add(range(rangeNodes.get(i), pointer + "/ranges/" + i, fields));
        }
        Set<String> versions = new LinkedHashSet<>();
        fields.array(entry, "versions").forEach(v -> versions.add(v.asText().strip()));
        return Optional.of(new AffectedPackage(key.get(), ranges, versions));
    }

    private static VersionRange range(final JsonNode node, final String pointer, final JsonFields fields)
            throws ReportException {
        String type = fields.text(node, "type");
        if (!List.of("SEMVER", "ECOSYSTEM", "GIT").contains(type)) {
            throw fields.error(
                    pointer + "/type", "the range type must be SEMVER, ECOSYSTEM or GIT, found '" + type + "'");
        }
        fields.requireArrayOrAbsent(node.get("events"), pointer + "/events");
        List<VersionRange.Event> events = new ArrayList<>();
        List<JsonNode> eventNodes = fields.array(node, "events");
        for (int i = 0; i < eventNodes.size(); i++) {
            events.add(event(eventNodes.get(i), pointer + "/events/" + i, fields));
        }
        if (events.isEmpty()) {
            throw fields.error(pointer + "/events", "a range needs at least one event");
        }
        return new VersionRange(type, events);
    }

    private static VersionRange.Event event(final JsonNode node, final String pointer, final JsonFields fields)
            throws ReportException {
        for (VersionRange.Kind kind : VersionRange.Kind.values()) {
            String version = fields.text(node, kind.name().toLowerCase(java.util.Locale.ROOT));
            if (!version.isEmpty()) {
                return new VersionRange.Event(kind, version);
            }
        }
        throw fields.error(pointer, "an event needs one of introduced, fixed, last_affected or limit");
    }

    private static List<CvssScore> scores(final List<JsonNode> severities) {
        return severities.stream()
                .filter(s -> s.path("type").asText("").startsWith("CVSS_"))
                .map(s -> CvssScore.of(s.path("score").asText("")))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Severity> databaseSeverity(final JsonNode node, final JsonFields fields) {
        JsonNode specific = node.get("database_specific");
        return specific == null || !specific.isObject()
                ? Optional.empty()
                : Severity.parse(fields.text(specific, "severity")).filter(s -> s != Severity.UNKNOWN);
    }
}
