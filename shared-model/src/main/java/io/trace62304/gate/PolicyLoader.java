package io.trace62304.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureYaml;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a policy: the shipped defaults, overridden setting by setting by a team's file. Unknown rules, unknown
 * settings and values of the wrong shape are errors that name the file and the setting, so a typo never
 * switches a check off.
 */
public final class PolicyLoader {
    static final String DEFAULTS = "default-policy.yaml";
    private static final String FORMAT = "trace62304-policy/1";
    private static final Set<String> TOP_LEVEL =
            Set.of("policy", "name", "statuses", "rules", "monitoring", "classification", "approval");
    private static final Set<String> COMMON = Set.of("enabled", "classes", "severity");

    /** The defaults alone. */
    public Policy defaults() {
        try {
            return build(
                    SecureYaml.readResource(PolicyLoader.class, DEFAULTS),
                    "built-in defaults",
                    defaultsDigest(),
                    new JsonFields(DEFAULTS));
        } catch (ReportException e) {
            throw new IllegalStateException("the shipped default policy is invalid: " + e.getMessage(), e);
        }
    }

    /** The defaults with the overrides of a policy file. */
    public Policy load(final Path file) throws ReportException {
        JsonNode overrides = SecureYaml.read(file, ReportLimits.DEFAULT);
        JsonFields json = new JsonFields(file.toString());
        if (!overrides.isObject()) {
            throw json.error("", "a policy file is a mapping (docs/policy.md)");
        }
        ObjectNode merged =
                SecureYaml.readResource(PolicyLoader.class, DEFAULTS).deepCopy();
        merge(merged, overrides, json);
        try {
            return build(merged, file.toString(), Sha256.of(file), json);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static void merge(final ObjectNode merged, final JsonNode overrides, final JsonFields json)
            throws ReportException {
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            String key = entry.getKey();
            if (!TOP_LEVEL.contains(key)) {
                throw json.error("/" + key, "unknown setting '" + key + "'; a policy has " + TOP_LEVEL);
            }
            if ("policy".equals(key) && !FORMAT.equals(entry.getValue().asText())) {
                throw json.error(
                        "/policy",
                        "unsupported policy format '" + entry.getValue().asText() + "', expected " + FORMAT);
            }
            if ("rules".equals(key)) {
                mergeRules((ObjectNode) merged.get("rules"), entry.getValue(), json);
            } else if ("statuses".equals(key) || "monitoring".equals(key) || "approval".equals(key)) {
                mergeSection((ObjectNode) merged.get(key), entry.getValue(), json, "/" + key, Set.of());
            } else {
                merged.set(key, entry.getValue());
            }
        }
    }

    private static void mergeRules(final ObjectNode rules, final JsonNode overrides, final JsonFields json)
            throws ReportException {
        if (!overrides.isObject()) {
            throw json.error("/rules", "'rules' maps rule ids to their settings");
        }
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            JsonNode defaults = rules.get(entry.getKey());
            if (defaults == null) {
                throw json.error(
                        "/rules/" + entry.getKey(),
                        "unknown rule '" + entry.getKey() + "'; the rules are " + names(rules));
            }
            mergeSection((ObjectNode) defaults, entry.getValue(), json, "/rules/" + entry.getKey(), COMMON);
        }
    }

    private static void mergeSection(
            final ObjectNode target,
            final JsonNode overrides,
            final JsonFields json,
            final String pointer,
            final Set<String> alwaysAllowed)
            throws ReportException {
        if (!overrides.isObject()) {
            throw json.error(pointer, "a mapping of settings is expected here");
        }
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            JsonNode current = target.get(entry.getKey());
            if (current == null && !alwaysAllowed.contains(entry.getKey())) {
                throw json.error(
                        pointer + "/" + entry.getKey(),
                        "unknown setting '" + entry.getKey() + "'; this section has " + names(target) + " and "
                                + alwaysAllowed);
            }
            if (current != null && current.getNodeType() != entry.getValue().getNodeType()) {
                throw json.error(
                        pointer + "/" + entry.getKey(),
                        "expected a " + shape(current) + ", found a " + shape(entry.getValue()));
            }
            target.set(entry.getKey(), entry.getValue());
        }
    }

    private static Policy build(final JsonNode tree, final String source, final String sha256, final JsonFields json)
            throws ReportException {
        Map<String, RuleSettings> settings = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            JsonNode node = tree.path("rules").path(rule.id());
            if (!node.isObject()) {
                throw json.error("/rules/" + rule.id(), "the policy lacks rule " + rule.id());
            }
            RuleSettings ruleSettings = settings(node, json, "/rules/" + rule.id());
            Optional<String> problem = rule.validate(ruleSettings);
            if (problem.isPresent()) {
                throw json.error("/rules/" + rule.id(), problem.get());
            }
            settings.put(rule.id(), ruleSettings);
        }
        if (!settings.get(Rules.INPUTS_READABLE).enabled()) {
            throw json.error(
                    "/rules/" + Rules.INPUTS_READABLE,
                    "this rule keeps the gate failing closed and " + "cannot be disabled");
        }
        List<String> deferred = new ArrayList<>();
        tree.path("statuses").path("deferred").forEach(status -> deferred.add(status.asText()));
        String communication =
                tree.path("monitoring").path("communicationDecision").asText("");
        if (!"required".equals(communication) && !"optional".equals(communication)) {
            throw json.error(
                    "/monitoring/communicationDecision",
                    "communicationDecision is 'required' or 'optional', not '" + communication + "'");
        }
        String profileId = tree.path("classification").asText(ClassificationProfile.DEFAULT);
        ClassificationProfile profile = ClassificationProfiles.named(profileId)
                .orElseThrow(() -> json.error(
                        "/classification",
                        "unknown classification profile '" + profileId + "'; the shipped ones are "
                                + ClassificationProfiles.shipped()));
        return new Policy(
                tree.path("name").asText(""),
                source,
                sha256,
                deferred,
                settings,
                tree.path("monitoring"),
                profile,
                approval(tree.path("approval"), json));
    }

    private static ApprovalSettings approval(final JsonNode node, final JsonFields json) throws ReportException {
        Set<SafetyClass> classes = EnumSet.noneOf(SafetyClass.class);
        for (JsonNode value : node.path("classes")) {
            classes.add(SafetyClass.parse(value.asText())
                    .orElseThrow(() -> json.error(
                            "/approval/classes", "'" + value.asText() + "' is not a safety class (A, B or C)")));
        }
        Set<ReleaseIdentity.Kind> kinds = EnumSet.noneOf(ReleaseIdentity.Kind.class);
        for (JsonNode value : node.path("kinds")) {
            try {
                kinds.add(ReleaseIdentity.Kind.parse(value.asText()));
            } catch (IllegalArgumentException e) {
                throw json.error("/approval/kinds", e.getMessage());
            }
        }
        List<String> meanings = new ArrayList<>();
        for (JsonNode value : node.path("meanings")) {
            if (!ApprovalSettings.MEANINGS.contains(value.asText())) {
                throw json.error(
                        "/approval/meanings",
                        "'" + value.asText() + "' is not a meaning of an approval; use " + ApprovalSettings.MEANINGS);
            }
            meanings.add(value.asText());
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode value : node.path("sources")) {
            if (!ApprovalSettings.SOURCES.contains(value.asText())) {
                throw json.error(
                        "/approval/sources",
                        "'" + value.asText() + "' is not a source of approvals; use " + ApprovalSettings.SOURCES);
            }
            sources.add(value.asText());
        }
        return new ApprovalSettings(
                classes, kinds, meanings, node.path("twoPerson").asBoolean(false), sources);
    }

    private static RuleSettings settings(final JsonNode node, final JsonFields json, final String pointer)
            throws ReportException {
        Set<SafetyClass> classes = EnumSet.noneOf(SafetyClass.class);
        for (JsonNode value : node.path("classes")) {
            classes.add(SafetyClass.parse(value.asText())
                    .orElseThrow(() -> json.error(
                            pointer + "/classes", "'" + value.asText() + "' is not a safety class (A, B or C)")));
        }
        String severity = node.path("severity").asText("fail");
        if (!"fail".equals(severity) && !"warning".equals(severity)) {
            throw json.error(pointer + "/severity", "severity is 'fail' or 'warning', not '" + severity + "'");
        }
        ObjectNode parameters = node.deepCopy();
        COMMON.forEach(parameters::remove);
        return new RuleSettings(
                node.path("enabled").asBoolean(true),
                classes,
                "warning".equals(severity) ? Level.WARNING : Level.FAIL,
                parameters);
    }

    private static String defaultsDigest() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException("missing resource " + DEFAULTS);
            }
            return Sha256.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped default policy", e);
        }
    }

    private static List<String> names(final JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String shape(final JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
