package io.trace62304.testing;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineAssembler;
import io.trace62304.coverage.Counter;
import io.trace62304.coverage.CounterType;
import io.trace62304.coverage.Counters;
import io.trace62304.coverage.CoverageReport;
import io.trace62304.coverage.PackageCoverage;
import io.trace62304.depcheck.Dependency;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.depcheck.Hashes;
import io.trace62304.depcheck.Identifier;
import io.trace62304.depcheck.Vulnerability;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.evidence.Evidence;
import io.trace62304.evidence.InputFile;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemType;
import io.trace62304.junit.JUnitReport;
import io.trace62304.junit.Property;
import io.trace62304.junit.TestCase;
import io.trace62304.junit.TestOutcome;
import io.trace62304.junit.TestSuite;
import io.trace62304.sbom.Sbom;
import io.trace62304.trace.TestBinder;
import io.trace62304.trace.TraceConventions;
import io.trace62304.trace.TraceMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds baselines for tests through the real assembler, from items, test cases, scans and coverage made in
 * code. By default the build is identified (id and revision).
 */
public final class BaselineBuilder {
    public static final BuildInfo IDENTIFIED = new BuildInfo(
            "pump",
            "42",
            "https://ci.example/job/pump/42/",
            List.of(new BuildInfo.VcsRevision("git@example:pump.git", "0123abcd", BuildInfo.TreeState.CLEAN)),
            List.of(new BuildInfo.Artifact("pump.jar", "ab".repeat(32), 1234)),
            List.of(new BuildInfo.Tool("maven", "3.9")));

    private final List<Item> items = new ArrayList<>();
    private final List<TestCase> tests = new ArrayList<>();
    private final List<JUnitReport> reports = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<DependencyCheckReport> scans = new ArrayList<>();
    private final List<Sbom> sboms = new ArrayList<>();
    private final List<CoverageReport> coverage = new ArrayList<>();
    private final List<InputFile> inputs = new ArrayList<>();
    private BuildInfo build = IDENTIFIED;
    private String previousDigest = "";
    private String itemSource = "items.yaml";
    private String scanDate = "";
    private String scanDataAsOf = "";

    public static BaselineBuilder baseline() {
        return new BaselineBuilder();
    }

    public BaselineBuilder item(final Item item) {
        items.add(item);
        return this;
    }

    public BaselineBuilder items(final Item... added) {
        items.addAll(Arrays.asList(added));
        return this;
    }

    /** A test case that declares the keys it verifies in a {@code verifies} property. */
    public BaselineBuilder test(final String name, final TestOutcome outcome, final String... keys) {
        List<Property> properties =
                keys.length == 0 ? List.of() : List.of(new Property("verifies", String.join(",", keys)));
        tests.add(new TestCase(
                "suite",
                "com.example.PumpTest",
                name,
                outcome,
                false,
                0,
                outcome == TestOutcome.FAILED
                        ? new TestCase.Failure("expected 1", "AssertionError", "")
                        : TestCase.Failure.NONE,
                TestCase.SourceLocation.UNKNOWN,
                0.01,
                properties,
                TestCase.Output.NONE));
        return this;
    }

    /** A test case that failed, then passed on a rerun, as the JUnit parser reads Surefire's {@code flakyFailure}. */
    public BaselineBuilder flakyTest(final String name, final String... keys) {
        tests.add(new TestCase(
                "suite",
                "com.example.PumpTest",
                name,
                TestOutcome.PASSED,
                true,
                1,
                TestCase.Failure.NONE,
                TestCase.SourceLocation.UNKNOWN,
                0.01,
                keys.length == 0 ? List.of() : List.of(new Property("verifies", String.join(",", keys))),
                TestCase.Output.NONE));
        return this;
    }

    /** Test results as a parser read them from a report file. */
    public BaselineBuilder tests(final JUnitReport report) {
        reports.add(report);
        return this;
    }

    public BaselineBuilder dependency(final String purl, final Vulnerability... vulnerabilities) {
        String file = purl.substring(purl.lastIndexOf('/') + 1).replace('@', '-') + ".jar";
        dependencies.add(new Dependency(
                file,
                "/lib/" + file,
                false,
                new Hashes("", "", "cd".repeat(32)),
                List.of(new Identifier("purl", purl, "HIGHEST")),
                "Apache-2.0",
                List.of(vulnerabilities),
                List.of(),
                List.of()));
        return this;
    }

    /** A dependency whose vulnerabilities the scan's suppression file suppressed (with their notes, if any). */
    public BaselineBuilder suppressed(final String purl, final Vulnerability... vulnerabilities) {
        String file = purl.substring(purl.lastIndexOf('/') + 1).replace('@', '-') + ".jar";
        dependencies.add(new Dependency(
                file,
                "/lib/" + file,
                false,
                new Hashes("", "", "cd".repeat(32)),
                List.of(new Identifier("purl", purl, "HIGHEST")),
                "Apache-2.0",
                List.of(),
                List.of(vulnerabilities),
                List.of()));
        return this;
    }

    /** When the Dependency-Check scan ran and how recent its vulnerability data was (ISO 8601). */
    public BaselineBuilder scanned(final String reportDate, final String dataAsOf) {
        this.scanDate = reportDate;
        this.scanDataAsOf = dataAsOf;
        return this;
    }

    /** A scan as a parser read it from a report file, besides the builder's own. */
    public BaselineBuilder scan(final DependencyCheckReport scan) {
        scans.add(scan);
        return this;
    }

    public BaselineBuilder sbom(final Sbom sbom) {
        sboms.add(sbom);
        return this;
    }

    /** A coverage report with one package and the given line and branch counters (covered, total). */
    public BaselineBuilder coverage(
            final String pkg,
            final long linesCovered,
            final long lines,
            final long branchesCovered,
            final long branches) {
        Map<CounterType, Counter> values = new EnumMap<>(CounterType.class);
        values.put(CounterType.LINE, new Counter(lines - linesCovered, linesCovered));
        values.put(CounterType.BRANCH, new Counter(branches - branchesCovered, branchesCovered));
        Counters counters = new Counters(values);
        coverage.add(new CoverageReport(
                "jacoco-" + pkg + ".xml",
                "pump",
                counters,
                List.of(new PackageCoverage("", pkg.replace('.', '/'), counters, List.of(), List.of()))));
        return this;
    }

    /** An input read completely, with the digest the gate computed. */
    public BaselineBuilder input(final String path, final String kind, final String sha256) {
        inputs.add(new InputFile(path, kind, sha256, ""));
        return this;
    }

    /** A coverage report as a parser read it. */
    public BaselineBuilder coverage(final CoverageReport report) {
        coverage.add(report);
        return this;
    }

    public BaselineBuilder unreadable(final String path, final String problem) {
        inputs.add(new InputFile(path, "junit", "", problem));
        return this;
    }

    public BaselineBuilder build(final BuildInfo info) {
        this.build = info;
        return this;
    }

    public BaselineBuilder previous(final String digest) {
        this.previousDigest = digest;
        return this;
    }

    /** How the baseline names its item source (default {@code items.yaml}), e.g. "Jira https://… JQL: …". */
    public BaselineBuilder itemSource(final String description) {
        this.itemSource = description;
        return this;
    }

    public Baseline assemble() {
        ItemSet itemSet = ItemSet.of(items);
        List<JUnitReport> reports = new ArrayList<>(this.reports);
        if (!tests.isEmpty()) {
            reports.add(new JUnitReport("TEST-pump.xml", List.of(new TestSuite("suite", List.of(), tests))));
        }
        List<DependencyCheckReport> scans = new ArrayList<>(this.scans);
        if (!dependencies.isEmpty()) {
            scans.add(new DependencyCheckReport(
                    "dependency-check-report.json",
                    "1.1",
                    "12.1.0",
                    scanDate,
                    "pump",
                    dependencies,
                    List.of(),
                    scanDataAsOf));
        }
        List<InputFile> read = new ArrayList<>(inputs);
        scans.forEach(scan -> read.add(new InputFile(scan.file(), "dependency-check", "ab".repeat(32), "")));
        sboms.forEach(sbom -> read.add(new InputFile(sbom.file(), "cyclonedx", "cd".repeat(32), "")));
        Evidence evidence = new Evidence(build, read, reports, scans, sboms, coverage);
        return new BaselineAssembler(new TestBinder(TraceConventions.DEFAULT, TraceMapping.empty(), itemSet::contains))
                .assemble(evidence, itemSet, itemSource, List.of(), previousDigest);
    }

    /** An item with fields given as alternating canonical field names and values. */
    public static Item item(
            final String key,
            final ItemType type,
            final String status,
            final boolean done,
            final List<ItemLink> links,
            final String... fields) {
        Map<ItemField, String> values = new EnumMap<>(ItemField.class);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            values.put(ItemField.ofName(fields[i]).orElseThrow(), fields[i + 1]);
        }
        return new Item(key, type, "summary of " + key, status, done, "2026-11-01T10:00:00Z", values, links);
    }

    public static Item softwareItem(final String key, final String safetyClass) {
        return item(key, ItemType.SOFTWARE_ITEM, "Approved", true, List.of(), "Safety Class", safetyClass);
    }

    /** An item of a software item: linked "is implemented by" it. */
    public static Item of(
            final String softwareItem,
            final String key,
            final ItemType type,
            final String status,
            final boolean done,
            final String... fields) {
        return item(
                key,
                type,
                status,
                done,
                List.of(new ItemLink("Implements", ItemLink.Direction.INWARD, softwareItem)),
                fields);
    }

    public static Vulnerability vulnerability(final String id, final io.trace62304.report.Severity severity) {
        return new Vulnerability(id, "NVD", severity, List.of(), List.of(), "");
    }

    /** A suppressed vulnerability with the notes of its suppression rule (empty: none). */
    public static Vulnerability suppressedVulnerability(
            final String id, final io.trace62304.report.Severity severity, final String notes) {
        return new Vulnerability(id, "NVD", severity, List.of(), List.of(), "", notes);
    }
}
