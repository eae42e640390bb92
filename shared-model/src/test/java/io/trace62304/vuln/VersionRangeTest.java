package io.trace62304.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRangeTest {
    @ParameterizedTest(name = "log4j-core {0}: {1}")
    @CsvSource({
        "2.0-alpha1, NOT_AFFECTED",
        "2.0-beta9, AFFECTED",
        "2.0-rc1, AFFECTED",
        "2.0, AFFECTED",
        "2.3, AFFECTED",
        "2.3.1, NOT_AFFECTED",
        "2.3.2, NOT_AFFECTED",
        "2.4, AFFECTED",
        "2.12.1, AFFECTED",
        "2.12.2, NOT_AFFECTED",
        "2.13.0, AFFECTED",
        "2.14.1, AFFECTED",
        "2.15.0, NOT_AFFECTED",
        "2.17.1, NOT_AFFECTED"
    })
    void shouldOrderMavenVersionsAsMavenDoes(final String version, final Exposure expected) throws ReportException {
        AffectedPackage log4j = affected("vuln/osv/maven/GHSA-jfh8-c2jp-5v3q.json", 0);

        assertThat(log4j.evaluate(version)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lodash {0}: {1}")
    @CsvSource({"0.1.0, AFFECTED", "4.17.20, AFFECTED", "4.17.21, NOT_AFFECTED", "4.17.21-beta.1, AFFECTED"})
    void shouldOrderSemverRanges(final String version, final Exposure expected) throws ReportException {
        assertThat(affected("vuln/osv/other/GHSA-35jh-r3h4-6jhm.json", 0).evaluate(version))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "golang.org/x/net {0}: {1}")
    @CsvSource({
        "v0.0.0-20220127200216-cd36cc0744dd, AFFECTED",
        "v0.0.0-20220906165146-f3363e06e74c, NOT_AFFECTED",
        "v0.1.0, NOT_AFFECTED"
    })
    void shouldReadGoVersionsWithTheirLeadingV(final String version, final Exposure expected) throws ReportException {
        assertThat(affected("vuln/osv/other/GO-2022-0969.json", 0).evaluate(version))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "commons-lang {0}: {1}")
    @CsvSource({"1.0, NOT_AFFECTED", "2.0, AFFECTED", "2.6, AFFECTED", "2.6.1, NOT_AFFECTED", "3.0, NOT_AFFECTED"})
    void shouldIncludeLastAffected(final String version, final Exposure expected) throws ReportException {
        assertThat(affected("vuln/osv/maven/GHSA-j288-q9x7-2f5v.json", 1).evaluate(version))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "requests {0}: {1}")
    @CsvSource({"2.28.2, AFFECTED", "2.29.0, UNDETERMINED", "2.31.0, UNDETERMINED", "'', UNDETERMINED"})
    void shouldNeverSayNotAffectedWhereTheOrderingIsUnknown(final String version, final Exposure expected)
            throws ReportException {
        // PyPI orders versions by PEP 440, which no library here implements: listed versions decide, else a person
        assertThat(affected("vuln/osv/other/GHSA-j8r2-6x86-q33q.json", 0).evaluate(version))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "limit: {0} {1}")
    @CsvSource({"1.5.0, AFFECTED", "2.0.0, NOT_AFFECTED", "2.1.0, NOT_AFFECTED"})
    void shouldStopAtALimit(final String version, final Exposure expected) {
        VersionRange range = new VersionRange(
                "SEMVER",
                List.of(
                        new VersionRange.Event(VersionRange.Kind.INTRODUCED, "1.0.0"),
                        new VersionRange.Event(VersionRange.Kind.LIMIT, "2.0.0")));

        assertThat(range.evaluate(version, Optional.empty())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GIT", "ECOSYSTEM"})
    void shouldNotEvaluateCommitRangesOrUnknownEcosystems(final String type) {
        VersionRange range = new VersionRange(
                type,
                List.of(
                        new VersionRange.Event(VersionRange.Kind.INTRODUCED, "0"),
                        new VersionRange.Event(VersionRange.Kind.FIXED, "abc123")));
        AffectedPackage pkg = new AffectedPackage(new PackageKey("pkg:gem/rails"), List.of(range), Set.of());

        assertThat(range.evaluate("1.0", Optional.empty())).isEqualTo(Exposure.UNDETERMINED);
        assertThat(pkg.evaluate("1.0")).isEqualTo(Exposure.UNDETERMINED);
    }

    @ParameterizedTest(name = "fixed above {0}: {1}")
    @CsvSource({"2.1, '2.3.1;2.12.2;2.15.0'", "2.14.0, 2.15.0", "2.16.0, ''"})
    void shouldListFixesAboveTheVersion(final String version, final String expected) throws ReportException {
        AffectedPackage log4j = affected("vuln/osv/maven/GHSA-jfh8-c2jp-5v3q.json", 0);

        assertThat(String.join(";", log4j.fixedVersionsAbove(version))).isEqualTo(expected);
    }

    private static AffectedPackage affected(final String fixture, final int index) throws ReportException {
        return new OsvParser(ReportLimits.DEFAULT)
                .parse(Fixtures.of(fixture))
                .get(0)
                .affected()
                .get(index);
    }
}
