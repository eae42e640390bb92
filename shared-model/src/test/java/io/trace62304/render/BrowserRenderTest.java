package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.evidence.BuildInfo;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.ItemType;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.junit.TestOutcome;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.release.ReleaseRequest;
import io.trace62304.release.ReleaseRun;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.HeadlessChromium;
import io.trace62304.trace.TraceConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in headless Chromium (Debian's {@code chromium}, or {@code $CHROMIUM}) over the DevTools protocol:
 * the sample's report and a 20,000-item report open offline, under their own Content-Security-Policy without a
 * violation, show the verdict, filter the matrix, show the risk chain with its gaps, and with script off keep every
 * row in the page; screenshots go to {@code target/browser/}. First contentful paint and the time of a filter
 * keystroke are printed (measured figures belong in docs/benchmarks.md, not in assertions). Without a browser the
 * test is skipped with a printed reason, except under {@code CI}, where {@code .ci/run} installs one: it fails.
 * {@code -Dtrace62304.browser.report=FILE} measures another report (the gate benchmark's) the same way.
 */
class BrowserRenderTest {
    private static final Path SHOTS = Path.of("target", "browser");

    @TempDir
    static Path temp;

    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> browser = HeadlessChromium.find();
        if (browser.isEmpty()) {
            String reason = "headless Chromium not found (install Debian's chromium or set CHROMIUM)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason + ", and under CI the browser check must run (.ci/run installs"
                        + " it when it runs as root with apt)");
            }
            System.out.println("SKIPPED: " + reason + "; the report's browser check did not run");
        }
        Assumptions.assumeTrue(browser.isPresent(), "headless Chromium not found");
        chromium = HeadlessChromium.start(browser.get(), temp.resolve("profile"));
        System.out.println("browser: " + chromium.version());
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void shouldShowTheSampleReportWithItsVerdictAFilterAndTheRiskChain() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path sample = root.resolve("examples/infusion-pump");
        List<String> junit = Files.isDirectory(sample.resolve("target/surefire-reports"))
                ? List.of("examples/infusion-pump/target/surefire-reports/TEST-*.xml")
                : List.of();
        Map<ReportFormat, List<String>> reports = junit.isEmpty()
                ? Map.of(
                        ReportFormat.DEPENDENCY_CHECK,
                        List.of("examples/infusion-pump/reports/dependency-check-report.json"))
                : Map.of(
                        ReportFormat.DEPENDENCY_CHECK,
                        List.of("examples/infusion-pump/reports/dependency-check-report.json"),
                        ReportFormat.JUNIT,
                        junit);
        ReleaseOutcome outcome = new ReleaseRun(message -> {})
                .run(new ReleaseRequest(
                        new YamlItemSource(sample.resolve("items.yaml")),
                        Optional.empty(),
                        reports,
                        List.of(),
                        Optional.empty(),
                        new BuildInfo("infusion-pump", "42", "", List.of(), List.of(), List.of()),
                        root,
                        TraceConventions.DEFAULT));
        Path out = temp.resolve("sample");
        new ReleaseOutputs().write(outcome, out);

        Page page = open(out.resolve(ReleaseOutputs.REPORT), "sample-report.png");

        assertThat(page.verdict).isEqualTo(outcome.gate().verdict().name());
        assertThat(chromium.evaluate(filter("PUMP-21")).path("rows").asInt()).isEqualTo(1);
        assertThat(chromium.evaluate(filter("PUMP-21")).path("first").asText()).isEqualTo("i-PUMP-21");
        assertThat(chromium.evaluate("document.querySelector('#chain-table tbody').textContent")
                        .asText())
                .contains("PUMP-10")
                .contains("PUMP-11")
                .contains("PUMP-21");
    }

    @Test
    void shouldOpenA20000ItemReportFilterItAndKeepEveryRowWithoutScript() throws Exception {
        SealedBaseline sealed = new BaselineCodec().seal(large().assemble());
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        Path report = Files.writeString(temp.resolve("large.html"), new HtmlReport().render(sealed, result, List.of()));

        Page page = open(report, "large-report.png");

        assertThat(page.verdict).isEqualTo("FAIL");
        JsonNode filtered = chromium.evaluate(filter("MED-12345"));
        assertThat(filtered.path("first").asText()).isEqualTo("i-MED-12345");
        assertThat(filtered.path("rows").asInt()).isEqualTo(1);
        assertThat(chromium.evaluate("document.querySelectorAll('#chain-table tbody tr.gap').length")
                        .asInt())
                .as("the hazards with gaps, one page of them")
                .isPositive();
        assertThat(chromium.evaluate("document.querySelector('#chain summary').textContent")
                        .asText())
                .startsWith("Risk chain (7.3.3): 2000 hazard(s)");
        System.out.printf(
                Locale.ROOT,
                "20,000 items: %.1f MB, first contentful paint %.0f ms, load %.0f ms, filter keystroke max %.0f ms%n",
                Files.size(report) / 1e6,
                page.firstContentfulPaint,
                page.load,
                filtered.path("ms").asDouble());

        chromium.evaluate("void 0");
        chromium.scriptDisabled(true);
        try {
            chromium.open(report.toUri().toString());
            assertThat(chromium.evaluate("document.querySelectorAll('#trace tbody tr').length")
                            .asInt())
                    .isEqualTo(20_000);
            assertThat(chromium.evaluate("document.querySelectorAll('.tools').length")
                            .asInt())
                    .isZero();
        } finally {
            chromium.scriptDisabled(false);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "trace62304.browser.report", matches = ".+")
    void shouldMeasureTheGivenReport() throws Exception {
        Path report = Path.of(System.getProperty("trace62304.browser.report"));
        Page page = measure(report, "given-report.png");
        String key = System.getProperty("trace62304.browser.filter", "PUMP-12345");
        JsonNode filtered = chromium.evaluate(filter(key));
        System.out.printf(
                Locale.ROOT,
                "%s: %.1f MB, verdict %s, first contentful paint %.0f ms, load %.0f ms, filter keystroke max %.0f ms"
                        + " (%d row(s) for %s)%n",
                report,
                Files.size(report) / 1e6,
                page.verdict,
                page.firstContentfulPaint,
                page.load,
                filtered.path("ms").asDouble(),
                filtered.path("rows").asInt(),
                key);
    }

    /** A page as it opened: its verdict, paint and load times; no policy violation, the script ran. */
    private record Page(String verdict, double firstContentfulPaint, double load) {}

    private static Page open(final Path report, final String screenshot) throws Exception {
        Page page = measure(report, screenshot);
        assertThat(chromium.policyViolations())
                .as("Content-Security-Policy violations")
                .isEmpty();
        assertThat(chromium.evaluate("document.querySelectorAll('.tools input.filter').length")
                        .asInt())
                .as("the script ran and added its filter boxes")
                .isPositive();
        return page;
    }

    /** Opens the page and keeps its screenshot: its verdict, first contentful paint and load time. */
    private static Page measure(final Path report, final String screenshot) throws Exception {
        double load = chromium.open(report.toUri().toString());
        double paint = chromium.evaluate(
                        "performance.getEntriesByName('first-contentful-paint').map(e => e.startTime)[0] || -1")
                .asDouble();
        byte[] png = chromium.screenshot();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        Files.write(SHOTS.resolve(screenshot), png);
        String verdict = chromium.evaluate("document.querySelector('h1 .verdict').textContent")
                .asText();
        return new Page(verdict, paint, load);
    }

    /**
     * Types {@code key} into the filter of the matrix table that holds it, one keystroke at a time, each awaited to
     * the next frame; answers the longest keystroke, the rows shown and the first row's id.
     */
    private static String filter(final String key) {
        return """
                (async () => {
                  const key = '%s';
                  const tables = Array.from(document.querySelectorAll('#trace table.data'));
                  let best = null;
                  for (const table of tables) {
                    const input = table.previousElementSibling.querySelector('input.filter');
                    input.value = key;
                    input.dispatchEvent(new Event('input'));
                    if (table.tBodies[0].rows.length > 0 && !best) { best = {table, input}; }
                    else { input.value = ''; input.dispatchEvent(new Event('input')); }
                  }
                  if (!best) { return {ms: 0, rows: 0, first: ''}; }
                  best.input.value = '';
                  best.input.dispatchEvent(new Event('input'));
                  let ms = 0;
                  for (let i = 1; i <= key.length; i++) {
                    const start = performance.now();
                    best.input.value = key.substring(0, i);
                    best.input.dispatchEvent(new Event('input'));
                    await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
                    ms = Math.max(ms, performance.now() - start);
                  }
                  const rows = best.table.tBodies[0].rows;
                  const exact = Array.from(rows).filter(r => r.id === 'i-' + key);
                  return {ms, rows: rows.length, first: exact.length ? exact[0].id : (rows[0] ? rows[0].id : '')};
                })()
                """.formatted(key);
    }

    /**
     * 20,000 items: 50 software items, 2,000 hazards (one in ten without a cause), 4,000 risk controls each
     * mitigating a hazard and implemented by a requirement, the rest requirements; two tests per control or
     * requirement, one in fifteen failing.
     */
    private static BaselineBuilder large() {
        BaselineBuilder builder = BaselineBuilder.baseline();
        for (int i = 1; i <= 50; i++) {
            builder.item(BaselineBuilder.softwareItem("MED-" + i, i % 2 == 0 ? "B" : "C"));
        }
        for (int h = 0; h < 2000; h++) {
            int key = 100 + h;
            List<ItemLink> links =
                    h % 10 == 0 ? List.of() : List.of(new ItemLink("Causes", Direction.INWARD, "MED-" + (1 + h % 50)));
            builder.item(BaselineBuilder.item(
                    "MED-" + key, ItemType.HAZARD, "Open", false, links, "Hazard Severity", "Serious injury"));
        }
        int next = 2100;
        for (int c = 0; c < 4000; c++) {
            int control = next++;
            int requirement = next++;
            builder.item(BaselineBuilder.item(
                    "MED-" + control,
                    ItemType.RISK_CONTROL,
                    "Approved",
                    true,
                    List.of(
                            new ItemLink("Mitigates", Direction.OUTWARD, "MED-" + (100 + c % 2000)),
                            new ItemLink("Implements", Direction.INWARD, "MED-" + requirement))));
            builder.item(BaselineBuilder.of(
                    "MED-" + (1 + c % 50), "MED-" + requirement, ItemType.REQUIREMENT, "Approved", true));
        }
        while (next < 2100 + 4000 * 2 + (20_000 - 2050 - 8000)) {
            builder.item(BaselineBuilder.of(
                    "MED-" + (1 + next % 50), "MED-" + next, ItemType.REQUIREMENT, "Approved", true));
            next++;
        }
        List<String> keys = new ArrayList<>();
        for (int k = 2100; k < next; k++) {
            keys.add("MED-" + k);
        }
        for (int t = 0; t < keys.size(); t++) {
            builder.test("verifies " + keys.get(t), TestOutcome.PASSED, keys.get(t));
            builder.test(
                    "also verifies " + keys.get(t), t % 15 == 0 ? TestOutcome.FAILED : TestOutcome.PASSED, keys.get(t));
        }
        return builder;
    }
}
