package io.trace62304.baseline;

import io.trace62304.evidence.Evidence;
import io.trace62304.evidence.InputFile;
import io.trace62304.item.Item;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSet.Classification;
import io.trace62304.item.ItemType;
import io.trace62304.soup.ComponentCollector;
import io.trace62304.soup.SoupReconciler;
import io.trace62304.trace.TestBinder;
import io.trace62304.trace.TestBinding;
import io.trace62304.trace.TraceGraph;
import io.trace62304.trace.VerificationRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the (not yet decided) baseline of one build from its evidence and items: tests bound to items, SOUP
 * reconciled, coverage summed, item states with effective classes and verification status (by test, or otherwise
 * by an approved verification record).
 */
public final class BaselineAssembler {
    private final TestBinder binder;

    public BaselineAssembler(final TestBinder binder) {
        this.binder = binder;
    }

    /**
     * @param itemSource     the description of where the items came from
     * @param extraInputs    inputs read outside the evidence (item source, mapping files) and their state
     * @param previousDigest the digest of the previous baseline, or empty for the first
     */
    public Baseline assemble(
            final Evidence evidence,
            final ItemSet items,
            final String itemSource,
            final List<InputFile> extraInputs,
            final String previousDigest) {
        return assemble(evidence, items, itemSource, extraInputs, previousDigest, List.of());
    }

    /**
     * @param changes the commits since the previous release, with the keys they name (8.2)
     */
    public Baseline assemble(
            final Evidence evidence,
            final ItemSet items,
            final String itemSource,
            final List<InputFile> extraInputs,
            final String previousDigest,
            final List<ChangeRecord> changes) {
        List<TestBinding> tests = binder.bind(evidence.tests());
        TraceGraph graph = new TraceGraph(tests);
        ComponentCollector components = new ComponentCollector();
        evidence.scans().forEach(components::add);
        evidence.sboms().forEach(components::add);
        List<InputFile> inputs = new ArrayList<>(evidence.inputs());
        inputs.addAll(extraInputs);
        evidence.scans().stream()
                .filter(scan -> !scan.isComplete())
                .forEach(scan -> inputs.add(new InputFile(
                        scan.file(),
                        "dependency-check-analysis",
                        "",
                        scan.file() + ": the scan reports "
                                + scan.analysisExceptions().size()
                                + " analysis exception(s), so it may have missed components: "
                                + scan.analysisExceptions().get(0))));
        return new Baseline(
                Baseline.SCHEMA,
                evidence.build(),
                itemSource,
                inputs,
                states(items, graph),
                new SoupReconciler(items).reconcile(components.components()),
                TestSummary.of(tests),
                CoverageSummary.of(evidence.coverage()),
                GateSummary.UNDECIDED,
                previousDigest,
                changes,
                evidence.vulnerabilityData());
    }

    private static List<ItemState> states(final ItemSet items, final TraceGraph graph) {
        List<ItemState> states = new ArrayList<>(items.size());
        VerificationRecords records = new VerificationRecords(items.items());
        for (Item item : items.items()) {
            Classification classification = items.classOf(item.key());
            Map<String, String> fields = new TreeMap<>();
            item.fields().forEach((field, value) -> fields.put(field.fieldName(), value));
            states.add(new ItemState(
                    item.key(),
                    item.typeName(),
                    item.summary(),
                    item.status(),
                    item.done(),
                    item.type() == ItemType.HAZARD
                            ? ""
                            : classification.safetyClass().name(),
                    classification.basis(),
                    item.updated(),
                    fields,
                    item.links(),
                    records.statusOf(item.key(), graph)));
        }
        return states;
    }
}
