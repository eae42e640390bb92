package io.trace62304.evidence;

import io.trace62304.coverage.CoverageReport;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.ingest.ReportFiles;
import io.trace62304.ingest.ReportReader;
import io.trace62304.junit.JUnitReport;
import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.report.Sha256;
import io.trace62304.sbom.Sbom;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the reports a build names, by format. A pattern that matches nothing and a file that cannot be read
 * both become an {@link InputFile} with a problem: the evidence is incomplete, and the gate will say so.
 */
public final class EvidenceCollector {
    private final ReportReader reader;
    private final Path base;
    private final Consumer<String> progress;

    public EvidenceCollector(final ReportReader reader, final Path base, final Consumer<String> progress) {
        this.reader = reader;
        this.base = base;
        this.progress = progress;
    }

    /** Reads every file the patterns name; patterns are files or globs relative to the base directory. */
    public Evidence collect(final BuildInfo build, final Map<ReportFormat, List<String>> patterns) {
        return collect(build, patterns, List.of());
    }

    /**
     * Reads every file the patterns name and runs the in-process scans: a scan's report joins the Dependency-Check
     * reports as a file's would, and a scan that cannot decide is an input with its problem, as an unreadable file is.
     */
    public Evidence collect(
            final BuildInfo build, final Map<ReportFormat, List<String>> patterns, final List<InProcessScan> scans) {
        List<InputFile> inputs = new ArrayList<>();
        Map<ReportFormat, List<Report>> reports = new EnumMap<>(ReportFormat.class);
        patterns.forEach((format, globs) -> {
            for (String glob : globs) {
                readAll(format, glob, inputs, reports.computeIfAbsent(format, f -> new ArrayList<>()));
            }
        });
        for (InProcessScan scan : scans) {
            inputs.add(run(scan, reports.computeIfAbsent(ReportFormat.DEPENDENCY_CHECK, f -> new ArrayList<>())));
        }
        inputs.sort(Comparator.comparing(InputFile::kind).thenComparing(InputFile::path));
        return new Evidence(
                build,
                inputs,
                typed(reports, ReportFormat.JUNIT, JUnitReport.class),
                typed(reports, ReportFormat.DEPENDENCY_CHECK, DependencyCheckReport.class),
                typed(reports, ReportFormat.CYCLONEDX, Sbom.class),
                typed(reports, ReportFormat.JACOCO, CoverageReport.class));
    }

    private void readAll(
            final ReportFormat format, final String glob, final List<InputFile> inputs, final List<Report> reports) {
        List<Path> files;
        try {
            files = ReportFiles.expand(glob, base).files();
        } catch (IOException e) {
            inputs.add(new InputFile(glob, format.id(), "", glob + ": cannot list the files: " + e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            inputs.add(new InputFile(glob, format.id(), "", glob + ": no " + format.id() + " report matches"));
        }
        for (Path file : files) {
            progress.accept("reading " + format.id() + " report " + file);
            inputs.add(read(format, file, reports));
        }
    }

    private InputFile run(final InProcessScan scan, final List<Report> reports) {
        String kind = ReportFormat.DEPENDENCY_CHECK.id();
        progress.accept("running " + scan.describe());
        try {
            reports.add(scan.run());
            return new InputFile(scan.describe(), kind, "", "");
        } catch (ReportException e) {
            return new InputFile(scan.describe(), kind, "", e.getMessage());
        }
    }

    private InputFile read(final ReportFormat format, final Path file, final List<Report> reports) {
        String path = relative(file);
        try {
            reports.add(reader.read(file, format)); // checks the file type and size before reading a byte
            return new InputFile(path, format.id(), Sha256.of(file), "");
        } catch (ReportException e) {
            return new InputFile(path, format.id(), "", e.getMessage());
        } catch (IOException e) {
            return new InputFile(path, format.id(), "", file + ": cannot read the file: " + e.getMessage());
        }
    }

    private String relative(final Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }

    private static <R> List<R> typed(
            final Map<ReportFormat, List<Report>> reports, final ReportFormat format, final Class<R> type) {
        return reports.getOrDefault(format, List.of()).stream().map(type::cast).toList();
    }
}
