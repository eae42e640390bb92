package io.trace62304.depcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportParser;
import io.trace62304.report.Severity;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.XmlParserContract;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DependencyCheckXmlParserTest extends XmlParserContract<DependencyCheckReport> {
    @Override
    protected ReportParser<DependencyCheckReport> parser() {
        return new DependencyCheckXmlParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("dependency-check-4.0.xml");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("cyclonedx-1.4.xml");
    }

    @Override
    protected String rootElement() {
        return "analysis";
    }

    @Override
    protected void verify(final DependencyCheckReport report, final SoftAssertions softly) {
        softly.assertThat(report.schemaVersion()).isEqualTo("4.0");
        softly.assertThat(report.engineVersion()).isEqualTo("12.1.0");
        softly.assertThat(report.projectName()).isEqualTo("infusion-pump");
        softly.assertThat(report.reportDate()).isEqualTo("2026-11-20T10:00:00Z");
        softly.assertThat(report.isComplete()).isFalse();
        softly.assertThat(report.analysisExceptions())
                .singleElement()
                .asString()
                .startsWith("Unable to download");
        softly.assertThat(report.dependencies()).hasSize(2);
        softly.assertThat(report.vulnerabilityCount()).isEqualTo(1);
        softly.assertThat(report.suppressedCount()).isEqualTo(1);
    }

    @Test
    void shouldReadDependencyDetails() throws ReportException {
        Dependency text = parser().parse(fixture()).dependencies().get(0);

        assertThat(text.fileName()).isEqualTo("commons-text-1.9.jar");
        assertThat(text.virtual()).isFalse();
        assertThat(text.hashes().sha256()).startsWith("0812f284");
        assertThat(text.license()).isEqualTo("Apache-2.0");
        assertThat(text.packageUrls()).containsExactly("pkg:maven/org.apache.commons/commons-text@1.9");
        assertThat(text.identifiers()).extracting(Identifier::type).containsExactly("purl", "cpe");
        assertThat(text.related())
                .singleElement()
                .satisfies(related -> assertThat(related.identifiers())
                        .extracting(Identifier::value)
                        .containsExactly("pkg:maven/org.apache.commons/commons-text@1.9?classifier=sources"));
    }

    @Test
    void shouldReadEveryCvssVersionAndKeepSuppressedApart() throws ReportException {
        Dependency text = parser().parse(fixture()).dependencies().get(0);

        Vulnerability active = text.vulnerabilities().get(0);
        assertThat(active.id()).isEqualTo("CVE-2022-42889");
        assertThat(active.source()).isEqualTo("NVD");
        assertThat(active.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(active.cvss())
                .containsExactly(
                        new Cvss(2, 7.5, Severity.HIGH, ""),
                        new Cvss(3, 9.8, Severity.CRITICAL, ""),
                        new Cvss(
                                4,
                                9.3,
                                Severity.CRITICAL,
                                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
        assertThat(active.cwes()).containsExactly("CWE-94");
        assertThat(text.suppressed()).singleElement().satisfies(suppressed -> {
            assertThat(suppressed.id()).isEqualTo("CVE-2024-0001");
            assertThat(suppressed.severity()).isEqualTo(Severity.MEDIUM); // from the score: no stated severity
        });
    }

    /** Issue 17, point 22: schema 2.x (engine 7.x) writes suppressed vulnerabilities inside vulnerabilities. */
    @Test
    void shouldReadASuppressedVulnerabilityAsSuppressedWhereverItAppearsWithItsNotes() throws ReportException {
        DependencyCheckReport report = parser().parse(Fixtures.of("dependency-check-2.2-suppressed-inline.xml"));
        Dependency databind = report.dependencies().get(0);

        assertThat(report.engineVersion()).isEqualTo("7.4.4");
        assertThat(databind.vulnerabilities()).extracting(Vulnerability::id).containsExactly("CVE-2019-12086");
        assertThat(databind.suppressed())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::notes)
                .containsExactly(
                        Tuple.tuple("CVE-2019-14379", Severity.CRITICAL, "Default typing is never enabled (PUMP-77)."),
                        Tuple.tuple("CVE-2019-14540", Severity.CRITICAL, ""),
                        Tuple.tuple("CVE-2019-16335", Severity.CRITICAL, "No polymorphic deserialisation."));
        assertThat(report.suppressedCount()).isEqualTo(3);
    }

    @Test
    void shouldReadVirtualDependencies() throws ReportException {
        Dependency leftPad = parser().parse(fixture()).dependencies().get(1);

        assertThat(leftPad.virtual()).isTrue();
        assertThat(leftPad.hashes()).isEqualTo(Hashes.NONE);
        assertThat(leftPad.packageUrls()).containsExactly("pkg:npm/left-pad@1.3.0");
    }

    @Test
    void shouldRefuseUnknownSchemas() throws IOException {
        assertRefused(
                write(
                        "v9.xml",
                        "<analysis xmlns='https://jeremylong.github.io/DependencyCheck/"
                                + "dependency-check.9.0.xsd'/>"),
                "schema 9.0 is not supported");
        assertRefused(write("nons.xml", "<analysis/>"), "unknown namespace");
    }

    @Test
    void shouldRefuseImpossibleScores() throws IOException {
        assertRefused(
                write(
                        "score.xml",
                        "<analysis xmlns='https://jeremylong.github.io/DependencyCheck/"
                                + "dependency-check.2.5.xsd'><dependencies><dependency><fileName>a.jar</fileName>"
                                + "<vulnerabilities><vulnerability><name>CVE-1</name><cvssV3><baseScore>11</baseScore></cvssV3>"
                                + "</vulnerability></vulnerabilities></dependency></dependencies></analysis>"),
                "outside 0–10");
    }

    /** Issue 18, point 7: a v2 score is banded as v2 (no Critical); a severity the scanner states is kept. */
    @Test
    void shouldBandV2ScoresAsV2AndKeepTheStatedSeverity() throws ReportException, IOException {
        DependencyCheckReport report = parser().parse(write(
                "v2.xml",
                "<analysis xmlns='https://jeremylong.github.io/DependencyCheck/dependency-check.2.5.xsd'>"
                        + "<dependencies><dependency><fileName>a.jar</fileName><vulnerabilities>"
                        + "<vulnerability><name>CVE-1</name><cvssV2><score>9.3</score></cvssV2></vulnerability>"
                        + "<vulnerability><name>CVE-2</name><cvssV2><score>9.3</score>"
                        + "<severity>CRITICAL</severity></cvssV2></vulnerability>"
                        + "<vulnerability><name>CVE-3</name><cvssV2><score>9.3</score></cvssV2>"
                        + "<cvssV3><baseScore>9.0</baseScore></cvssV3></vulnerability>"
                        + "</vulnerabilities></dependency></dependencies></analysis>"));

        assertThat(report.dependencies().get(0).vulnerabilities())
                .extracting(Vulnerability::id, v -> v.cvss().get(0).severity(), Vulnerability::severity)
                .containsExactly(
                        Tuple.tuple("CVE-1", Severity.HIGH, Severity.HIGH),
                        Tuple.tuple("CVE-2", Severity.CRITICAL, Severity.CRITICAL),
                        Tuple.tuple("CVE-3", Severity.HIGH, Severity.CRITICAL));
    }
}
