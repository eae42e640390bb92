package io.trace62304.gate;

import io.trace62304.item.ClassificationProfile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A release gate policy: the defaults of {@code default-policy.yaml} with a team's overrides. {@code source}
 * and {@code sha256} identify the file that was applied, so a baseline records which policy decided it.
 * {@code monitoring} is the section that {@code trace62304 monitor} reads (6.2.5), not the gate.
 * {@code profile} is the classification scheme (edition) findings name classes in. {@code approval} is what
 * {@code trace62304 release-check} asks of a sealed release's approvals, not the gate.
 */
public record Policy(
        String name,
        String source,
        String sha256,
        List<String> deferredStatuses,
        Map<String, RuleSettings> rules,
        com.fasterxml.jackson.databind.JsonNode monitoring,
        ClassificationProfile profile,
        ApprovalSettings approval) {
    public Policy {
        Objects.requireNonNull(name);
        Objects.requireNonNull(source);
        Objects.requireNonNull(sha256);
        deferredStatuses = List.copyOf(deferredStatuses);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        Objects.requireNonNull(monitoring);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(approval);
    }

    public RuleSettings settings(final String ruleId) {
        RuleSettings settings = rules.get(ruleId);
        if (settings == null) {
            throw new IllegalArgumentException("the policy has no rule " + ruleId);
        }
        return settings;
    }

    public boolean isDeferred(final String status) {
        return deferredStatuses.stream().anyMatch(s -> s.equalsIgnoreCase(status.strip()));
    }
}
