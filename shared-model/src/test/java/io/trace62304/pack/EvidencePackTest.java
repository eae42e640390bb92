package io.trace62304.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.item.Item;
import io.trace62304.item.ItemType;
import io.trace62304.itemfile.JiraSearchFileItemSource;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.junit.TestOutcome;
import io.trace62304.report.Severity;
import io.trace62304.report.Sha256;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence pack's documents, from a baseline sealed from pack-items.yaml and a small build. */
class EvidencePackTest {
    @TempDir
    Path temp;

    private final BaselineCodec codec = new BaselineCodec();

    @Test
    void shouldShowEachRequirementWithTheTextSealedInTheBaseline() throws Exception {
        Path pack = pack(Optional.empty());
        String srs = read(pack, "srs.html");

        assertThat(srs)
                .contains("MED-20 Refuse a bolus above the limit")
                .contains("The pump shall refuse any bolus above the drug library&#39;s hard limit\n"
                        + "and show the limit to the clinician.")
                .contains("ポンプは上限を超えるボーラスを拒否する。𠀋 𩸽 mL")
                .contains("<td>MED-11</td><td>MED-1</td><td>VERIFIED</td>")
                .contains("4 software requirement(s) in the baseline; 1 without a recorded text");
        assertThat(srs.substring(srs.indexOf("id=\"MED-23\""))).contains("no text recorded");
    }

    @Test
    void shouldTakeTheTextOfAnItemSealedWithoutOneFromTheItemSourceAndSaySo() throws Exception {
        Baseline bare = BaselineBuilder.baseline()
                .items(
                        BaselineBuilder.softwareItem("MED-1", "C"),
                        BaselineBuilder.of("MED-1", "MED-20", ItemType.REQUIREMENT, "Approved", false))
                .assemble();
        Path baseline = write(codec.seal(bare), "bare.json");

        PackContent content = new PackSources()
                .load(
                        baseline,
                        Optional.empty(),
                        Optional.of(new YamlItemSource(Fixtures.of("pack-items.yaml"))),
                        Optional.empty());
        new EvidencePack().write(content, temp.resolve("pack"));

        assertThat(read(temp.resolve("pack"), "srs.html"))
                .contains("The pump shall refuse any bolus")
                .contains("text from the item source, not sealed in the baseline");
    }

    @Test
    void shouldReadTheTextOfARequirementFromASavedJiraSearchDescription() throws Exception {
        Baseline bare = BaselineBuilder.baseline()
                .items(
                        BaselineBuilder.softwareItem("MED-1", "C"),
                        BaselineBuilder.of("MED-1", "MED-20", ItemType.REQUIREMENT, "Approved", false))
                .assemble();
        Path baseline = write(codec.seal(bare), "bare.json");

        PackContent content = new PackSources()
                .load(
                        baseline,
                        Optional.empty(),
                        Optional.of(new JiraSearchFileItemSource(Fixtures.of("jira-search-pack.json"))),
                        Optional.empty());
        new EvidencePack().write(content, temp.resolve("pack"));

        assertThat(read(temp.resolve("pack"), "srs.html"))
                .contains("The pump shall refuse any bolus above the hard limit.")
                .contains("上限を表示する。")
                .contains("text from the item source, not sealed in the baseline");
    }

    @Test
    void shouldTraceEachHazardToItsTestsAndMarkEveryGap() throws Exception {
        String matrix = read(pack(Optional.empty()), "trace-matrix.html");

        assertThat(matrix)
                .contains("<tr><td>MED-10 Over-infusion (Serious injury or death)</td><td>MED-1</td>"
                        + "<td>MED-11 Hard bolus limit (C)</td><td>MED-20 Refuse a bolus above the limit (C)</td>"
                        + "<td>com.example.PumpTest.MED-20 refuses a bolus above the limit PASSED</td></tr>")
                .contains("<tr><td>MED-12 Alarm not heard (Serious injury)</td><td class=\"gap\">none named</td>"
                        + "<td class=\"gap\">no risk control</td>")
                .contains("<td class=\"bad\">FAILED</td><td class=\"gap\">com.example.PumpTest.MED-21 shows the"
                        + " warning FAILED</td>")
                .contains("<td class=\"bad\">UNTRACED</td><td class=\"gap\">none</td>");
    }

    @Test
    void shouldListTheSoupWithSupplierLicenceSupportAndAssessedVulnerabilities() throws Exception {
        String soup = read(pack(Optional.empty()), "soup-list.html");

        assertThat(soup)
                .contains("<td>com.fasterxml.jackson.core:jackson-databind</td><td>2.15.0</td><td>FasterXML</td>"
                        + "<td>Apache-2.0</td><td>actively maintained; end of support 2027-06-30</td><td>MED-40</td>"
                        + "<td class=\"ok\">matched</td><td>2</td>")
                .contains("<td>CVE-2025-0001</td><td>HIGH</td>")
                .contains("not_affected")
                .contains("the polymorphic typing it needs is never enabled")
                .contains("<td>CVE-2025-0002</td><td>CRITICAL</td><td>-</td><td class=\"bad\">not assessed</td>");
    }

    @Test
    void shouldListTheUnresolvedAnomaliesWithTheirConsequencesForUsers() throws Exception {
        String anomalies = read(pack(Optional.empty()), "anomalies.html");

        assertThat(anomalies)
                .contains("MED-50 Bolus limit shown in mL when the library is in units")
                .contains("The clinician sees the limit in mL for a drug dosed in units.")
                .contains("Read the limit on the drug library printout.")
                .contains("Display only; fixed in 2.1.")
                .contains("com.example.PumpTest.MED-21 shows the warning")
                .contains("CVE-2025-0002");
        assertThat(anomalies.substring(anomalies.indexOf("<main>")))
                .startsWith("<main>\n<p>IEC 62304 5.8.2 asks that every known residual anomaly");
    }

    @Test
    void shouldListTheChangesSinceThePreviousRelease() throws Exception {
        Baseline before = BaselineBuilder.baseline()
                .items(
                        BaselineBuilder.softwareItem("MED-1", "C"),
                        BaselineBuilder.of("MED-1", "MED-20", ItemType.REQUIREMENT, "Draft", false))
                .assemble();
        Path previous = write(codec.seal(before), "previous.json");

        String notes = read(pack(Optional.of(previous)), "release-notes.html");

        assertThat(notes)
                .contains("Previous release: pump #42, baseline sha256:")
                .contains("<tr><td>item</td><td>MED-20 status</td><td>Draft</td><td>Approved</td></tr>")
                .contains("<tr><td>item</td><td>MED-23</td><td>(none)</td>")
                .contains("<td>pump.jar</td><td>" + "ab".repeat(32) + "</td><td>1234</td>");
        assertThat(read(pack(Optional.empty()), "release-notes.html"))
                .contains("No previous release was given (--previous)")
                .contains("The baseline records no commits");
    }

    @Test
    void shouldFillThePlanSkeletonFromTheBaseline() throws Exception {
        String plan = read(pack(Optional.empty()), "development-plan.html");

        assertThat(plan)
                .contains("The software system is developed as Class C")
                .contains("<tr><td>maven</td><td>3.9</td></tr>")
                .contains("<td>MED-40 Jackson Databind</td><td>2.15.0</td><td>2026-11-02</td>"
                        + "<td>actively maintained</td><td>2027-06-30</td>")
                .contains("To be completed by the manufacturer: the development life cycle model");
    }

    @Test
    void shouldEscapeHostileTextAndKeepEveryPageWellFormed() throws Exception {
        Path pack = pack(Optional.empty());
        String srs = read(pack, "srs.html");

        assertThat(srs)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .contains("Hostile text &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt; &amp; [U+202E]gnp.exe");
        try (Stream<Path> files = Files.list(pack)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
                xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertThat(xml.newDocumentBuilder()
                                .parse(page.toFile())
                                .getDocumentElement()
                                .getTagName())
                        .as(page.toString())
                        .isEqualTo("html");
                assertThat(Files.readString(page)).doesNotContain("<script").doesNotContain("src=\"http");
            }
        }
    }

    @Test
    void shouldWriteTheSameBytesTwiceAndAManifestBoundToTheBaseline() throws Exception {
        Path baseline = sealedBaseline();
        PackSources sources = new PackSources();
        new EvidencePack()
                .write(
                        sources.load(baseline, Optional.empty(), Optional.empty(), Optional.empty()),
                        temp.resolve("one"));
        new EvidencePack()
                .write(
                        sources.load(baseline, Optional.empty(), Optional.empty(), Optional.empty()),
                        temp.resolve("two"));

        List<String> names;
        try (Stream<Path> files = Files.list(temp.resolve("one"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names)
                .containsExactly(
                        "anomalies.html",
                        "anomalies.pdf",
                        "development-plan.html",
                        "development-plan.pdf",
                        "index.html",
                        "index.pdf",
                        "pack-manifest.json",
                        "release-notes.html",
                        "release-notes.pdf",
                        "sbom.cdx.json",
                        "soup-list.html",
                        "soup-list.pdf",
                        "srs.html",
                        "srs.pdf",
                        "trace-matrix.html",
                        "trace-matrix.pdf");
        for (String name : names) {
            assertThat(Files.readAllBytes(temp.resolve("two").resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("one").resolve(name)));
        }
        JsonNode manifest = new ObjectMapper()
                .readTree(temp.resolve("one").resolve(PackManifest.FILE).toFile());
        assertThat(manifest.path("schema").asText()).isEqualTo(PackManifest.SCHEMA);
        assertThat(manifest.path("baselineDigest").asText())
                .isEqualTo(codec.read(baseline).digest());
        assertThat(manifest.path("files")).hasSize(names.size() - 1);
        for (JsonNode file : manifest.path("files")) {
            Path listed = temp.resolve("one").resolve(file.path("path").asText());
            assertThat(file.path("sha256").asText()).isEqualTo(Sha256.of(listed));
            assertThat(file.path("size").asLong()).isEqualTo(Files.size(listed));
        }
    }

    @Test
    void shouldRefuseABaselineThatDoesNotVerify() throws Exception {
        Path baseline = sealedBaseline();
        String json = Files.readString(baseline);
        Files.writeString(baseline, json.replace("Refuse a bolus above the limit", "Refuse a bolus below the limit"));

        assertThatExceptionOfType(PackRefusedException.class)
                .isThrownBy(
                        () -> new PackSources().load(baseline, Optional.empty(), Optional.empty(), Optional.empty()))
                .satisfies(e -> assertThat(e.problems()).anyMatch(p -> p.contains("does not match its digest")));
    }

    static Path pack(final Path temp, final Optional<Path> previous) throws Exception {
        Path out = Files.createTempDirectory(temp, "pack");
        new EvidencePack()
                .write(new PackSources().load(sealedBaseline(temp), previous, Optional.empty(), Optional.empty()), out);
        return out;
    }

    private Path pack(final Optional<Path> previous) throws Exception {
        return pack(temp, previous);
    }

    private Path sealedBaseline() throws Exception {
        return sealedBaseline(temp);
    }

    /** The fixture's baseline, sealed and written into {@code temp}. */
    static Path sealedBaseline(final Path temp) throws Exception {
        List<Item> items =
                new YamlItemSource(Fixtures.of("pack-items.yaml")).load().items();
        Baseline baseline = BaselineBuilder.baseline()
                .items(items.toArray(Item[]::new))
                .test("MED-20 refuses a bolus above the limit", TestOutcome.PASSED, "MED-20")
                .test("MED-21 shows the warning", TestOutcome.FAILED, "MED-21")
                .dependency(
                        "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.0",
                        BaselineBuilder.vulnerability("CVE-2025-0001", Severity.HIGH),
                        BaselineBuilder.vulnerability("CVE-2025-0002", Severity.CRITICAL))
                .assemble();
        BaselineCodec codec = new BaselineCodec();
        Path file = temp.resolve("baseline-" + System.nanoTime() + ".json");
        codec.write(codec.seal(baseline), file);
        return file;
    }

    private Path write(final SealedBaseline sealed, final String name) throws IOException {
        Path file = temp.resolve(name);
        codec.write(sealed, file);
        return file;
    }

    private static String read(final Path pack, final String name) throws IOException {
        return Files.readString(pack.resolve(name), StandardCharsets.UTF_8);
    }
}
