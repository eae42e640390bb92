package io.trace62304.evidence;

import io.trace62304.coverage.CoverageReport;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.junit.JUnitReport;
import io.trace62304.report.ScanTimestamps;
import io.trace62304.sbom.Sbom;
import java.util.List;

/** Everything one build left behind, with every input and whether it could be read. */
public record Evidence(
        BuildInfo build,
        List<InputFile> inputs,
        List<JUnitReport> tests,
        List<DependencyCheckReport> scans,
        List<Sbom> sboms,
        List<CoverageReport> coverage) {
    public Evidence {
        inputs = List.copyOf(inputs);
        tests = List.copyOf(tests);
        scans = List.copyOf(scans);
        sboms = List.copyOf(sboms);
        coverage = List.copyOf(coverage);
    }

    /**
     * How current each source of vulnerability data is: every Dependency-Check scan, and every CycloneDX
     * document that lists vulnerabilities (a VDR or VEX; a plain SBOM carries no vulnerability data).
     */
    public List<VulnerabilityData> vulnerabilityData() {
        List<VulnerabilityData> data = new java.util.ArrayList<>();
        for (DependencyCheckReport scan : scans) {
            data.add(new VulnerabilityData(
                    scan.file(),
                    "dependency-check",
                    ScanTimestamps.parse(scan.reportDate())
                            .map(Object::toString)
                            .orElse(""),
                    scan.dataAsOf()));
        }
        for (Sbom sbom : sboms) {
            if (!sbom.vulnerabilities().isEmpty()) {
                data.add(new VulnerabilityData(sbom.file(), "cyclonedx", sbom.timestamp(), sbom.timestamp()));
            }
        }
        return data;
    }
}
