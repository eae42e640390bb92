package io.trace62304.bench;

import io.trace62304.evidence.BuildInfo;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.ingest.ReportReader;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.release.ReleaseRequest;
import io.trace62304.release.ReleaseRun;
import io.trace62304.render.HtmlReport;
import io.trace62304.report.ReportFormat;
import io.trace62304.trace.TraceConventions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The whole gate on a large synthetic build: 200,000 test results, 1,500 SOUP components with 3,000
 * vulnerabilities, and 20,000 items with 100,000 links from a saved Jira search. The reference is the ingestion
 * of the same reports in the same run (reading them is the unavoidable part); the gate's overhead is reported
 * as a ratio against it, with the peak heap. Usage: {@code GateBenchmark DIR [rounds]}, run with -Xmx512m.
 */
public final class GateBenchmark {
    private GateBenchmark() {}

    public static void main(final String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/corpus-gate");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CorpusGenerator generator = new CorpusGenerator(62304);
        generator.writeJUnit(dir.resolve("junit"), 2000, 100);
        generator.writeDependencyCheck(dir.resolve("dependency-check-report.json"), 1500, 3000);
        generator.writeItems(dir.resolve("items.json"), 20_000, 100_000, 1500);
        System.out.printf(
                Locale.ROOT,
                "corpus: 200,000 test results, 1,500 components, 20,000 items, ~100,000 links; "
                        + "max heap %d MB, %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        double ingest = best(rounds, () -> ingest(dir));
        ReleaseOutcome[] last = new ReleaseOutcome[1];
        double gate = best(rounds, () -> {
            last[0] = null; // one outcome at a time, as in a gate run
            last[0] = new ReleaseRun(message -> {}).run(request(dir));
            new ReleaseOutputs().write(last[0], dir.resolve("out"));
            return last[0].gate().verdict();
        });
        double render = best(
                rounds,
                () -> new HtmlReport()
                        .render(last[0].baseline(), last[0].gate(), List.of())
                        .length());
        String verdict = last[0].gate().verdict().name();
        int findings = last[0].gate().findings().size();
        last[0] = null; // the phases run holds one outcome, as a gate run does
        phases(dir);
        System.out.printf(Locale.ROOT, "ingestion only (reference) : %6.0f ms%n", ingest);
        System.out.printf(
                Locale.ROOT,
                "gate end to end + outputs  : %6.0f ms = %.2fx ingestion (target: at most 4x) -> %s, "
                        + "%d findings%n",
                gate,
                gate / ingest,
                verdict,
                findings);
        System.out.printf(
                Locale.ROOT,
                "report.html for 20,000 items: %6.0f ms, %.1f MB%n",
                render,
                Files.size(dir.resolve("out/report.html")) / 1e6);
        System.out.printf(
                Locale.ROOT,
                "baseline.json: %.1f MB; completed within -Xmx%dm (target: -Xmx384m with room to spare); "
                        + "peak old generation %d MB%n",
                Files.size(dir.resolve("out/baseline.json")) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20,
                peakOldGenerationMb());
    }

    /** One more run, timing each phase of the gate as it reports its progress. */
    private static void phases(final Path dir) throws Exception {
        long[] last = {System.nanoTime()};
        String[] phase = {"start"};
        ReleaseOutcome outcome = new ReleaseRun(message -> {
                    if (!message.startsWith("reading junit report")) {
                        long now = System.nanoTime();
                        System.out.printf(Locale.ROOT, "  phase %-45s %6.0f ms%n", phase[0], (now - last[0]) / 1e6);
                        phase[0] = message;
                        last[0] = now;
                    }
                })
                .run(request(dir));
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "  phase %-45s %6.0f ms%n", phase[0], (now - last[0]) / 1e6);
        new ReleaseOutputs().write(outcome, dir.resolve("out"));
        System.out.printf(
                Locale.ROOT, "  phase %-45s %6.0f ms%n", "writing the outputs", (System.nanoTime() - now) / 1e6);
    }

    private static ReleaseRequest request(final Path dir) {
        return new ReleaseRequest(
                new JiraSearchFileItemSource(
                        dir.resolve("items.json"),
                        "Jira https://pump.example.atlassian.net (cloud) JQL: project = PUMP"),
                Optional.empty(),
                Map.of(
                        ReportFormat.JUNIT,
                        List.of("junit/*.xml"),
                        ReportFormat.DEPENDENCY_CHECK,
                        List.of("dependency-check-report.json")),
                List.of(),
                Optional.empty(),
                new BuildInfo(
                        "pump",
                        "1",
                        "",
                        List.of(new BuildInfo.VcsRevision("", "abc", BuildInfo.TreeState.CLEAN)),
                        List.of(),
                        List.of()),
                dir,
                TraceConventions.DEFAULT);
    }

    private static int ingest(final Path dir) throws Exception {
        ReportReader reader = new ReportReader();
        int reports = 0;
        for (Path file : ReportFiles.expand("junit/*.xml", dir).files()) {
            reader.read(file, ReportFormat.JUNIT);
            reports++;
        }
        reader.read(dir.resolve("dependency-check-report.json"), ReportFormat.DEPENDENCY_CHECK);
        return reports;
    }

    private static double best(final int rounds, final Callable<?> task) throws Exception {
        task.call();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            task.call();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /** The old generation's peak: what stays live across collections (young pools peak at other moments). */
    private static long peakOldGenerationMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak >> 20;
    }
}
