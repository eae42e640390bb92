package io.trace62304.release;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineAssembler;
import io.trace62304.baseline.BaselineChange;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.BaselineDiff;
import io.trace62304.baseline.BaselineVerifier;
import io.trace62304.baseline.ChangeRecord;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.Commit;
import io.trace62304.evidence.CommitLog;
import io.trace62304.evidence.Evidence;
import io.trace62304.evidence.EvidenceCollector;
import io.trace62304.evidence.InputFile;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.Policy;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.ingest.ReportReader;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSourceException;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import io.trace62304.trace.TestBinder;
import io.trace62304.trace.TestLocations;
import io.trace62304.trace.TraceMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Runs the gate. Everything that cannot be read (a report, the item source, a mapping file, the previous
 * baseline) is recorded in the baseline as an unreadable input, and the gate then decides ERROR; only a policy
 * that cannot be loaded stops the run, since without it nothing can be decided at all.
 */
public final class ReleaseRun {
    private final Consumer<String> progress;

    public ReleaseRun(final Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * @throws ReportException if the policy file cannot be read or is invalid
     */
    public ReleaseOutcome run(final ReleaseRequest request) throws ReportException {
        PolicyLoader loader = new PolicyLoader();
        Policy policy =
                request.policy().isPresent() ? loader.load(request.policy().get()) : loader.defaults();
        List<InputFile> extra = new ArrayList<>();
        ItemSet items = loadItems(request, extra);
        TraceMapping mapping = loadMappings(request, extra);
        Optional<SealedBaseline> previous =
                loadPrevious(request.previous(), request.build().release(), extra);
        List<ChangeRecord> commits = loadCommits(request, extra);
        Assembled assembled = assemble(
                request,
                items,
                mapping,
                extra,
                previous.map(SealedBaseline::digest).orElse(""),
                commits);
        Baseline baseline = assembled.baseline();
        progress.accept("evaluating the release gate");
        GateResult gate = new ReleaseGate(policy).evaluate(baseline, previous);
        gate.belowMinimumLines().forEach(progress);
        SealedBaseline sealed = new BaselineCodec().seal(baseline.withGate(gate.summary()));
        List<BaselineChange> changes = previous.map(p -> BaselineDiff.between(p.baseline(), sealed.baseline()))
                .orElse(List.of());
        return new ReleaseOutcome(sealed, gate, changes, assembled.tests());
    }

    /** The baseline, and where its failing tests were read ({@link TestLocations}, for the report's links). */
    private record Assembled(Baseline baseline, TestLocations tests) {}

    /**
     * Reads the reports and assembles the baseline; the parsed reports are garbage once this returns (only the
     * locations of the failing, errored and flaky results are kept).
     */
    private Assembled assemble(
            final ReleaseRequest request,
            final ItemSet items,
            final TraceMapping mapping,
            final List<InputFile> extra,
            final String previousDigest,
            final List<ChangeRecord> changes) {
        progress.accept("reading reports");
        Evidence evidence = new EvidenceCollector(new ReportReader(), request.base(), progress)
                .collect(request.build(), request.reports(), request.scans());
        progress.accept("assembling the configuration baseline");
        Baseline baseline = new BaselineAssembler(new TestBinder(request.conventions(), mapping, items::contains))
                .assemble(evidence, items, request.items().describe(), extra, previousDigest, changes);
        return new Assembled(baseline, TestLocations.of(evidence.tests()));
    }

    private ItemSet loadItems(final ReleaseRequest request, final List<InputFile> extra) {
        progress.accept("reading items from " + request.items().describe());
        try {
            ItemSet items = request.items().load();
            extra.add(new InputFile(request.items().describe(), "items", "", ""));
            return items;
        } catch (ItemSourceException e) {
            extra.add(new InputFile(request.items().describe(), "items", "", e.getMessage()));
            return ItemSet.empty();
        }
    }

    private TraceMapping loadMappings(final ReleaseRequest request, final List<InputFile> extra) {
        TraceMapping mapping = TraceMapping.empty();
        for (String glob : request.mappings()) {
            try {
                List<Path> files = ReportFiles.expand(glob, request.base()).files();
                if (files.isEmpty()) {
                    extra.add(new InputFile(glob, "trace-mapping", "", glob + ": no mapping file matches"));
                }
                for (Path file : files) {
                    mapping = mapping.plus(TraceMapping.read(file));
                    extra.add(new InputFile(file.toString(), "trace-mapping", Sha256.of(file), ""));
                }
            } catch (ReportException e) {
                extra.add(new InputFile(e.file(), "trace-mapping", "", e.getMessage()));
            } catch (IOException e) {
                extra.add(new InputFile(glob, "trace-mapping", "", glob + ": " + e.getMessage()));
            }
        }
        return mapping;
    }

    /** The commits since the previous release, each with the issue keys its subject names (8.2.4). */
    private List<ChangeRecord> loadCommits(final ReleaseRequest request, final List<InputFile> extra) {
        if (request.commits().isEmpty()) {
            return List.of();
        }
        Path file = request.commits().get();
        try {
            List<ChangeRecord> changes = new ArrayList<>();
            for (Commit commit : CommitLog.read(file, ReportLimits.DEFAULT)) {
                List<String> keys = new ArrayList<>();
                Matcher matcher = request.conventions().keyPattern().matcher(commit.subject());
                while (matcher.find()) {
                    if (!keys.contains(matcher.group())) {
                        keys.add(matcher.group());
                    }
                }
                changes.add(new ChangeRecord(commit.id(), commit.subject(), keys));
            }
            extra.add(new InputFile(file.toString(), "commits", Sha256.of(file), ""));
            return changes;
        } catch (ReportException e) {
            extra.add(new InputFile(file.toString(), "commits", "", e.getMessage()));
        } catch (IOException e) {
            extra.add(new InputFile(file.toString(), "commits", "", file + ": " + e.getMessage()));
        }
        return List.of();
    }

    private Optional<SealedBaseline> loadPrevious(
            final Optional<Path> file, final ReleaseIdentity identity, final List<InputFile> extra) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new BaselineVerifier().verify(file.get(), Optional.empty());
        if (!problems.isEmpty()) {
            extra.add(new InputFile(file.get().toString(), "previous-baseline", "", String.join("; ", problems)));
            return Optional.empty();
        }
        try {
            SealedBaseline previous = new BaselineCodec().read(file.get());
            ReleaseIdentity before = previous.baseline().build().release();
            if (!identity.kind().chainsTo(before.kind()) || !before.product().equals(identity.product())) {
                extra.add(new InputFile(
                        file.get().toString(),
                        "previous-baseline",
                        "",
                        file.get() + ": the previous baseline is a " + before.describe() + "; a "
                                + identity.describe() + " chains to the previous "
                                + (identity.kind() == ReleaseIdentity.Kind.CI_RUN ? "baseline" : "release")
                                + " of the same product (IEC 62304 8.3), so that its changes are those since then"));
                return Optional.empty();
            }
            extra.add(new InputFile(file.get().toString(), "previous-baseline", Sha256.of(file.get()), ""));
            return Optional.of(previous);
        } catch (ReportException | IOException e) {
            extra.add(new InputFile(file.get().toString(), "previous-baseline", "", e.getMessage()));
            return Optional.empty();
        }
    }
}
