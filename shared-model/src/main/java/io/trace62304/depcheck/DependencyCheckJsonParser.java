package io.trace62304.depcheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.ReportParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads Dependency-Check JSON reports ({@code reportSchema} 1.x). */
public final class DependencyCheckJsonParser implements ReportParser<DependencyCheckReport> {
    private static final Set<String> SCHEMAS = Set.of("1.0", "1.1");

    private final ReportLimits limits;

    public DependencyCheckJsonParser() {
        this(ReportLimits.DEFAULT);
    }

    public DependencyCheckJsonParser(final ReportLimits limits) {
        this.limits = limits;
    }

    @Override
    public DependencyCheckReport parse(final Path file) throws ReportException {
        JsonNode root = SecureJson.read(file, limits);
        JsonFields json = new JsonFields(file.toString());
        if (!root.isObject() || !root.has("scanInfo") || !root.has("dependencies")) {
            throw json.error(
                    "",
                    "not a Dependency-Check JSON report: expected an object with " + "'scanInfo' and 'dependencies'");
        }
        String schema = json.text(root, "reportSchema");
        if (!SCHEMAS.contains(schema)) {
            throw json.error(
                    "/reportSchema",
                    "Dependency-Check JSON report schema '" + schema + "' is not supported (supported: "
                            + String.join(", ", SCHEMAS.stream().sorted().toList()) + ")");
        }
        json.requireArrayOrAbsent(root.get("dependencies"), "/dependencies");
        JsonNode scanInfo = root.path("scanInfo");
        JsonNode projectInfo = root.path("projectInfo");
        List<Dependency> dependencies = new ArrayList<>();
        List<JsonNode> nodes = json.array(root, "dependencies");
        for (int i = 0; i < nodes.size(); i++) {
            dependencies.add(dependency(json, nodes.get(i), "/dependencies/" + i));
        }
        return new DependencyCheckReport(
                file.toString(),
                schema,
                json.text(scanInfo, "engineVersion"),
                json.text(projectInfo, "reportDate"),
                json.text(projectInfo, "name"),
                dependencies,
                AnalysisExceptionsJson.messages(scanInfo.get("analysisExceptions")),
                DependencyCheckReport.newestData(dataSources(scanInfo.path("dataSource"))));
    }

    private static java.util.Map<String, String> dataSources(final JsonNode sources) {
        java.util.Map<String, String> byName = new java.util.TreeMap<>();
        for (JsonNode source : sources) {
            byName.merge(
                    source.path("name").asText(""),
                    source.path("timestamp").asText(""),
                    (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return byName;
    }

    private static Dependency dependency(final JsonFields json, final JsonNode node, final String pointer)
            throws ReportException {
        String fileName = json.text(node, "fileName");
        if (fileName.isEmpty()) {
            throw json.error(pointer, "a dependency has no 'fileName'");
        }
        List<Dependency.RelatedDependency> related = new ArrayList<>();
        for (JsonNode other : json.array(node, "relatedDependencies")) {
            related.add(new Dependency.RelatedDependency(
                    json.text(other, "fileName"), json.text(other, "filePath"), identifiers(json, other)));
        }
        return new Dependency(
                fileName,
                json.text(node, "filePath"),
                node.path("isVirtual").asBoolean(false),
                new Hashes(json.text(node, "md5"), json.text(node, "sha1"), json.text(node, "sha256")),
                identifiers(json, node),
                json.text(node, "license"),
                vulnerabilities(json, node, "vulnerabilities", pointer),
                vulnerabilities(json, node, "suppressedVulnerabilities", pointer),
                related);
    }

    private static List<Identifier> identifiers(final JsonFields json, final JsonNode node) {
        List<Identifier> identifiers = new ArrayList<>();
        for (JsonNode id : json.array(node, "packages")) {
            identifiers.add(new Identifier("purl", json.text(id, "id"), json.text(id, "confidence")));
        }
        for (JsonNode id : json.array(node, "vulnerabilityIds")) {
            identifiers.add(new Identifier("cpe", json.text(id, "id"), json.text(id, "confidence")));
        }
        for (JsonNode id : json.array(node, "identifiers")) {
            String value = json.text(id, "name").isEmpty() ? json.text(id, "id") : json.text(id, "name");
            identifiers.add(
                    new Identifier(json.text(id, "type").toLowerCase(Locale.ROOT), value, json.text(id, "confidence")));
        }
        return identifiers;
    }

    private static List<Vulnerability> vulnerabilities(
            final JsonFields json, final JsonNode node, final String field, final String pointer)
            throws ReportException {
        json.requireArrayOrAbsent(node.get(field), pointer + "/" + field);
        List<Vulnerability> all = new ArrayList<>();
        List<JsonNode> nodes = json.array(node, field);
        for (int i = 0; i < nodes.size(); i++) {
            all.add(vulnerability(json, nodes.get(i), pointer + "/" + field + "/" + i));
        }
        return all;
    }

    private static Vulnerability vulnerability(final JsonFields json, final JsonNode node, final String pointer)
            throws ReportException {
        String name = json.text(node, "name");
        if (name.isEmpty()) {
            throw json.error(pointer, "a vulnerability has no 'name'");
        }
        List<Cvss> cvss = new ArrayList<>();
        for (CvssBlock block : CvssBlock.ALL) {
            JsonNode rating = node.get(block.field());
            if (rating != null && !rating.isNull()) {
                cvss.add(block.read(json, rating, pointer + "/" + block.field()));
            }
        }
        List<String> cwes = new ArrayList<>();
        json.array(node, "cwes").forEach(cwe -> cwes.add(cwe.asText()));
        return new Vulnerability(
                name,
                json.text(node, "source"),
                Cvss.overall(json.text(node, "severity"), cvss),
                cvss,
                cwes,
                json.text(node, "description"),
                json.text(node, "notes"));
    }

    /** Where a JSON report keeps one CVSS version: its field and the names of score and severity. */
    private record CvssBlock(String field, int version, String scoreField, String severityField) {
        static final List<CvssBlock> ALL = List.of(
                new CvssBlock("cvssv2", 2, "score", "severity"),
                new CvssBlock("cvssv3", 3, "baseScore", "baseSeverity"),
                new CvssBlock("cvssv4", 4, "baseScore", "baseSeverity"));

        Cvss read(final JsonFields json, final JsonNode block, final String pointer) throws ReportException {
            double score = json.number(block, scoreField, pointer);
            if (score < 0 || score > 10) {
                throw json.error(pointer + "/" + scoreField, "CVSS score " + score + " is outside 0–10");
            }
            return Cvss.of(version, score, json.text(block, severityField), json.text(block, "vectorString"));
        }
    }
}
