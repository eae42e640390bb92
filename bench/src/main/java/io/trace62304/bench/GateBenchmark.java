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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
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

        Times ingestTimes = bestTimes(rounds, () -> ingest(dir));
        double ingest = ingestTimes.wallMs();
        ReleaseOutcome[] last = new ReleaseOutcome[1];
        Times gateTimes = bestTimes(rounds, () -> {
            last[0] = null; // one outcome at a time, as in a gate run
            last[0] = new ReleaseRun(message -> {}).run(request(dir));
            new ReleaseOutputs().write(last[0], dir.resolve("out"));
            return last[0].gate().verdict();
        });
        double gate = gateTimes.wallMs();
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
                "CPU time of the run (best of %d): ingestion %.0f ms, gate %.0f ms = %.2fx; GC pauses: ingestion %.0f ms,"
                        + " gate %.0f ms; (CPU + GC) ratio %.2fx%n",
                rounds,
                ingestTimes.cpuMs(),
                gateTimes.cpuMs(),
                gateTimes.cpuMs() / ingestTimes.cpuMs(),
                ingestTimes.gcMs(),
                gateTimes.gcMs(),
                (gateTimes.cpuMs() + gateTimes.gcMs()) / (ingestTimes.cpuMs() + ingestTimes.gcMs()));
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
        return bestTimes(rounds, task).wallMs();
    }

    /**
     * Best of {@code rounds} after one warm-up: wall time, the CPU time of this thread and the collectors' pause
     * time, each the best of its rounds. On a shared machine the wall time is mostly waiting for a core; the CPU
     * time is the work itself.
     */
    private static Times bestTimes(final int rounds, final Callable<?> task) throws Exception {
        task.call();
        Times best = new Times(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long gc = gcMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            task.call();
            best = new Times(
                    Math.min(best.wallMs(), (System.nanoTime() - start) / 1e6),
                    Math.min(best.cpuMs(), (threads.getCurrentThreadCpuTime() - cpu) / 1e6),
                    Math.min(best.gcMs(), gcMillis() - gc));
        }
        return best;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    /** One measurement: wall, CPU of the benchmark thread, and GC pauses, in milliseconds. */
    private record Times(double wallMs, double cpuMs, double gcMs) {}

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
