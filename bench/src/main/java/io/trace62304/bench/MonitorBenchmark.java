package io.trace62304.bench;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.item.ItemType;
import io.trace62304.monitor.Monitor;
import io.trace62304.monitor.MonitorPolicy;
import io.trace62304.monitor.MonitorSources;
import io.trace62304.monitor.MonitoringReport;
import io.trace62304.monitor.ReleaseCheck;
import io.trace62304.render.MonitoringJson;
import io.trace62304.report.ReportLimits;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.vuln.AdvisoryIndex;
import io.trace62304.vuln.OsvDirectory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code monitor} over many released baselines against a large OSV directory (issue 15): generates (seed 62304) an
 * OSV directory of R records, one file each in 1,000-file folders as OSV's exports unpack, over 100,000 Maven
 * packages, and B sealed baselines of C SOUP components each, one in ten of them a package OSV has records for; then measures reading
 * the OSV directory alone (the floor: every record has to be read) against the whole monitor run (verify every
 * baseline, load the sources, match, write monitoring.json). Usage: {@code MonitorBenchmark DIR [baselines
 * components records rounds]}; the generated corpus is kept and reused when its parameters match.
 */
public final class MonitorBenchmark {
    private static final long SEED = 62304;
    /** Packages OSV has records for; the components draw one in ten from them, the rest from as many others. */
    private static final int PACKAGES = 100_000;

    private static final String[] SEVERITIES = {"LOW", "MODERATE", "HIGH", "CRITICAL"};

    private MonitorBenchmark() {}

    public static void main(final String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/monitor-bench");
        int baselines = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int components = args.length > 2 ? Integer.parseInt(args[2]) : 1_500;
        int records = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Path osv = dir.resolve("osv-" + records);
        List<Path> files = prepare(dir, osv, baselines, components, records);
        long bestRead = Long.MAX_VALUE;
        long bestMonitor = Long.MAX_VALUE;
        long readCpu = 0;
        long monitorCpu = 0;
        MonitoringReport report = null;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpu = cpu();
            AdvisoryIndex index = new OsvDirectory(ReportLimits.DEFAULT).load(List.of(osv));
            long read = System.nanoTime() - start;
            long readCpuNow = cpu() - cpu;
            if (index.size() != records) {
                throw new IllegalStateException("read " + index.size() + " OSV records, wrote " + records);
            }
            index = null;
            start = System.nanoTime();
            cpu = cpu();
            MonitorSources.Loaded loaded =
                    new MonitorSources(List.of(osv), Optional.empty(), List.of()).load(ReportLimits.DEFAULT);
            report = new Monitor(loaded.sources(), Optional.empty(), new MonitorPolicy(true))
                    .run(files, loaded.names(), Instant.parse("2026-12-04T06:00:00Z"));
            Files.writeString(
                    dir.resolve("monitoring.json"), new MonitoringJson().write(report), StandardCharsets.UTF_8);
            long monitor = System.nanoTime() - start;
            long monitorCpuNow = cpu() - cpu;
            System.out.printf(
                    Locale.ROOT,
                    "round %d%s: OSV directory alone %.2f s (CPU %.2f s), monitor %.2f s (CPU %.2f s): %.2fx"
                            + " (CPU %.2fx); load average %.1f%n",
                    round,
                    round == 0 ? " (warm-up)" : "",
                    read / 1e9,
                    readCpuNow / 1e9,
                    monitor / 1e9,
                    monitorCpuNow / 1e9,
                    (double) monitor / read,
                    (double) monitorCpuNow / readCpuNow,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (round > 0 && monitor < bestMonitor) {
                bestRead = read;
                bestMonitor = monitor;
                readCpu = readCpuNow;
                monitorCpu = monitorCpuNow;
            }
        }
        long findings =
                report.releases().stream().mapToLong(r -> r.findings().size()).sum();
        long errors = report.releases().stream()
                .filter(r -> "ERROR".equals(r.status()))
                .count();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                Locale.ROOT,
                "%d baselines x %,d components, %,d OSV records: best monitor %.2f s, OSV read in that round %.2f s"
                        + " = %.2fx (CPU %.2f s vs %.2f s = %.2fx); %,d findings, %d releases in error, status %s;"
                        + " heap max %d MB, used after GC %d MB; %d cores%n",
                baselines,
                components,
                records,
                bestMonitor / 1e9,
                bestRead / 1e9,
                (double) bestMonitor / bestRead,
                monitorCpu / 1e9,
                readCpu / 1e9,
                (double) monitorCpu / readCpu,
                findings,
                errors,
                report.status(),
                runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.availableProcessors());
        if (errors > 0) {
            report.releases().stream()
                    .filter(r -> "ERROR".equals(r.status()))
                    .findFirst()
                    .map(ReleaseCheck::problems)
                    .ifPresent(p -> System.out.println("  first error: " + p));
        }
    }

    /** Generates the corpus unless it is there from an earlier run; the released baselines' files, in order. */
    private static List<Path> prepare(
            final Path dir, final Path osv, final int baselines, final int components, final int records)
            throws Exception {
        String corpus = baselines + "x" + components + "-" + records;
        Path releases = dir.resolve("baselines-" + baselines + "x" + components);
        long generating = System.nanoTime();
        if (!Files.exists(osv.resolve("done"))) {
            writeOsv(osv, records);
        }
        if (!Files.exists(releases.resolve("done"))) {
            writeBaselines(releases, baselines, components);
        }
        System.out.printf(
                Locale.ROOT,
                "corpus %s ready in %.1f s (%,d MB OSV JSON)%n",
                corpus,
                (System.nanoTime() - generating) / 1e9,
                size(osv) >> 20);
        List<Path> files = new ArrayList<>();
        for (int b = 0; b < baselines; b++) {
            files.add(releases.resolve(b + "/baseline.json"));
        }
        return files;
    }

    /** CPU time of the whole process (every thread), which a loaded shared machine distorts less than wall time. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String name(final int pkg) {
        return "org.example.g" + (pkg % 1000) + ":lib-" + pkg;
    }

    private static String purl(final int pkg) {
        String name = name(pkg);
        return "pkg:maven/" + name.replace(':', '/');
    }

    /** Records affecting a package's 1.x versions from {@code 1.a.0} to before {@code 1.(a+3).0}. */
    private static void writeOsv(final Path osv, final int records) throws IOException {
        Random random = new Random(SEED);
        for (int r = 0; r < records; r++) {
            int pkg = random.nextInt(PACKAGES);
            int from = random.nextInt(10);
            String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
            Path folder = osv.resolve(String.format(Locale.ROOT, "%04d", r / 1000));
            if (r % 1000 == 0) {
                Files.createDirectories(folder);
            }
            String id = String.format(Locale.ROOT, "BENCH-%07d", r);
            Files.writeString(
                    folder.resolve(id + ".json"),
                    """
                    {"schema_version": "1.6.0", "id": "%s", "aliases": ["CVE-2026-%d"],
                     "modified": "2026-12-01T00:00:00Z", "published": "2026-11-01T00:00:00Z",
                     "summary": "Synthetic vulnerability %d of %s",
                     "affected": [{"package": {"ecosystem": "Maven", "name": "%s", "purl": "%s"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.%d.0"}, {"fixed": "1.%d.0"}]}]}],
                     "database_specific": {"severity": "%s"}}
                    """.formatted(id, 100_000 + r, r, name(pkg), name(pkg), purl(pkg), from, from + 3, severity),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(osv.resolve("done"), "");
    }

    /** Baseline b releases product version 1.b with C components, a SOUP item each, the version moving with b. */
    private static void writeBaselines(final Path dir, final int baselines, final int components) throws Exception {
        BaselineCodec codec = new BaselineCodec();
        Random random = new Random(SEED + 1);
        int[] packages = new int[components];
        for (int c = 0; c < components; c++) {
            packages[c] = c % 10 == 0 ? random.nextInt(PACKAGES) : PACKAGES + random.nextInt(PACKAGES);
        }
        for (int b = 0; b < baselines; b++) {
            BaselineBuilder builder = BaselineBuilder.baseline()
                    .build(new BuildInfo(
                            "pump",
                            String.valueOf(100 + b),
                            "https://ci.example/job/pump/" + (100 + b) + "/",
                            BaselineBuilder.IDENTIFIED.revisions(),
                            BaselineBuilder.IDENTIFIED.artifacts(),
                            BaselineBuilder.IDENTIFIED.tools(),
                            new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example:pump", "1." + b + ".0")));
            for (int c = 0; c < components; c++) {
                String version = "1." + ((b / 10 + c) % 12) + ".0";
                String purl = purl(packages[c]) + "@" + version;
                builder.dependency(purl);
                builder.item(BaselineBuilder.item(
                        "SOUP-" + c,
                        ItemType.SOUP_ITEM,
                        "Approved",
                        false,
                        List.of(),
                        "Package URL",
                        purl(packages[c]),
                        "SOUP Version",
                        version,
                        "SOUP Manufacturer",
                        "Example " + (packages[c] % 1000)));
            }
            Path file = dir.resolve(b + "/baseline.json");
            Files.createDirectories(file.getParent());
            codec.write(codec.seal(builder.assemble()), file);
        }
        Files.writeString(dir.resolve("done"), "");
    }

    private static long size(final Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
