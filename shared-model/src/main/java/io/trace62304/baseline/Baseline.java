package io.trace62304.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.InputFile;
import io.trace62304.evidence.VulnerabilityData;
import io.trace62304.item.SafetyClass;
import io.trace62304.soup.SoupEntry;
import java.util.List;
import java.util.Objects;

/**
 * The content of a configuration baseline (everything but its own digest). {@code previousDigest} chains it to
 * the baseline of the previous release build, and {@code changes} lists the commits since it (8.2); the schema
 * version is {@value #SCHEMA}. {@code vulnerabilityData} says how current each source of vulnerability data was
 * (left out of the JSON when empty, so baselines sealed before it existed keep their digest).
 */
public record Baseline(
        String schema,
        BuildInfo build,
        String itemSource,
        List<InputFile> inputs,
        List<ItemState> items,
        List<SoupEntry> soup,
        TestSummary tests,
        CoverageSummary coverage,
        GateSummary gate,
        String previousDigest,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ChangeRecord> changes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VulnerabilityData> vulnerabilityData) {
    /** Schema 2 adds the build's release identity (kind, product, version); schema 1 baselines are still read. */
    public static final String SCHEMA = "trace62304-baseline/2";

    /** The schemas this version reads and verifies. */
    public static final java.util.Set<String> READABLE = java.util.Set.of("trace62304-baseline/1", SCHEMA);

    public Baseline {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(build);
        Objects.requireNonNull(itemSource);
        inputs = List.copyOf(inputs);
        items = List.copyOf(items);
        soup = List.copyOf(soup);
        Objects.requireNonNull(tests);
        Objects.requireNonNull(coverage);
        Objects.requireNonNull(gate);
        Objects.requireNonNull(previousDigest);
        // a schema 1 baseline records no commits
        changes = changes == null ? List.of() : List.copyOf(changes);
        vulnerabilityData = vulnerabilityData == null ? List.of() : List.copyOf(vulnerabilityData);
    }

    public Baseline withGate(final GateSummary decided) {
        return new Baseline(
                schema,
                build,
                itemSource,
                inputs,
                items,
                soup,
                tests,
                coverage,
                decided,
                previousDigest,
                changes,
                vulnerabilityData);
    }

    /**
     * The highest class of any item in scope other than a hazard: what system-wide evidence (SOUP, coverage, a
     * test of no known item) is held to; C when nothing is classified (4.3g).
     */
    public SafetyClass systemClass() {
        return items.stream()
                .filter(item -> !item.isHazard())
                .map(ItemState::effectiveClass)
                .reduce(SafetyClass::max)
                .orElse(SafetyClass.C);
    }

    /** Inputs that could not be read completely. */
    public List<InputFile> unreadableInputs() {
        return inputs.stream().filter(input -> !input.isReadable()).toList();
    }
}
