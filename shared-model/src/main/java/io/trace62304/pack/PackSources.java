package io.trace62304.pack;

import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.report.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what a pack is made from: the baseline and the previous release's baseline, each verified first (digest,
 * canonical form; a pack is never made from one that does not verify), and the item texts of an item source.
 */
public final class PackSources {
    private final BaselineVerifier verifier = new BaselineVerifier();
    private final BaselineCodec codec = new BaselineCodec();

    /**
     * @param policy the policy the release was decided under (default: the default policy); it must be the one the
     *     baseline records, since the anomaly list reads it (which resolutions close a report without a fix)
     */
    public PackContent load(
            final Path baseline,
            final Optional<Path> previous,
            final Optional<ItemSource> items,
            final Optional<Path> policy)
            throws PackRefusedException, ReportException, ItemSourceException {
        List<String> problems = new ArrayList<>(verifier.verify(baseline, Optional.empty()));
        previous.ifPresent(p ->
                verifier.verify(p, Optional.empty()).forEach(problem -> problems.add("previous release: " + problem)));
        if (!problems.isEmpty()) {
            throw new PackRefusedException(problems);
        }
        SealedBaseline sealed = codec.read(baseline);
        Optional<SealedBaseline> before =
                previous.isPresent() ? Optional.of(codec.read(previous.get())) : Optional.empty();
        GateResult gate = new ReleaseGate(policy(policy, sealed, baseline)).evaluate(sealed.baseline());
        return new PackContent(
                sealed,
                before,
                items.isPresent() ? texts(items.get()) : Map.of(),
                AnomalyCollector.collect(sealed, gate));
    }

    private static Policy policy(final Optional<Path> file, final SealedBaseline sealed, final Path baseline)
            throws ReportException {
        PolicyLoader loader = new PolicyLoader();
        Policy policy = file.isPresent() ? loader.load(file.get()) : loader.defaults();
        String recorded = sealed.baseline().gate().policySha256();
        if (!recorded.isEmpty() && !recorded.equals(policy.sha256())) {
            throw new ReportException(
                    baseline,
                    "the baseline was decided under policy "
                            + sealed.baseline().gate().policy() + " (SHA-256 "
                            + recorded + "), not under " + (file.isPresent() ? file.get() : "the default policy")
                            + " (" + policy.sha256() + "): give the release's policy with --policy");
        }
        return policy;
    }

    private static Map<String, String> texts(final ItemSource source) throws ItemSourceException {
        Map<String, String> texts = new TreeMap<>();
        for (Item item : source.load().items()) {
            item.field(ItemField.DESCRIPTION).ifPresent(text -> texts.put(item.key(), text));
        }
        return texts;
    }
}
