package io.trace62304.monitor;

import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.ingest.ReportReader;
import io.trace62304.report.Report;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.sbom.Sbom;
import io.trace62304.soup.ComponentCollector;
import io.trace62304.vuln.AdvisoryIndex;
import io.trace62304.vuln.KevCatalog;
import io.trace62304.vuln.OsvDirectory;
import io.trace62304.vuln.VulnerabilitySources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The vulnerability data of one monitoring run: OSV files or directories, a KEV catalogue, and Dependency-Check
 * reports or CycloneDX VDR/VEX/BOM documents whose vulnerabilities count for the components they name.
 *
 * @param osv       OSV files or directories
 * @param kev       the KEV catalogue JSON, if given
 * @param reports   Dependency-Check reports and CycloneDX documents
 */
public record MonitorSources(List<Path> osv, Optional<Path> kev, List<Path> reports) {
    public MonitorSources {
        osv = List.copyOf(osv);
        reports = List.copyOf(reports);
    }

    /** @return whether any source of vulnerabilities is given (the KEV catalogue alone flags, it does not find) */
    public boolean isEmpty() {
        return osv.isEmpty() && reports.isEmpty();
    }

    /**
     * @param limits size caps
     * @return the loaded sources
     * @throws ReportException naming the first unreadable source or an incomplete scan
     */
    public Loaded load(final ReportLimits limits) throws ReportException {
        List<String> names = new ArrayList<>();
        AdvisoryIndex index = new OsvDirectory(limits).load(osv);
        if (!osv.isEmpty()) {
            names.add("OSV: " + index.size() + " records from " + osv);
        }
        ComponentCollector collector = new ComponentCollector();
        ReportReader reader = new ReportReader(limits);
        for (Path file : reports) {
            Report report = reader.read(file);
            if (report instanceof DependencyCheckReport scan) {
                if (!scan.isComplete()) {
                    throw new ReportException(
                            file, "the scan recorded analysis exceptions, so it may miss vulnerabilities", null);
                }
                collector.add(scan);
                names.add("Dependency-Check " + scan.engineVersion() + " report of " + scan.reportDate() + ": " + file);
            } else if (report instanceof Sbom sbom) {
                collector.add(sbom);
                names.add("CycloneDX " + sbom.specVersion() + ": " + file);
            } else {
                throw new ReportException(
                        file,
                        "not a vulnerability source: expected a Dependency-Check report or a CycloneDX document",
                        null);
            }
        }
        KevCatalog catalog = kev.isPresent() ? KevCatalog.read(kev.get(), limits) : KevCatalog.NONE;
        if (catalog.isPresent()) {
            names.add("CISA KEV " + catalog.catalogVersion() + " ("
                    + catalog.entries().size() + " entries): " + kev.get());
        }
        return new Loaded(new VulnerabilitySources(index, collector.components(), catalog), names);
    }

    /**
     * @param sources the combined sources
     * @param names   one line per source, for the report
     */
    public record Loaded(VulnerabilitySources sources, List<String> names) {}
}
