package io.trace62304.evidence;

import io.trace62304.coverage.CoverageReport;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.junit.JUnitReport;
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
}
