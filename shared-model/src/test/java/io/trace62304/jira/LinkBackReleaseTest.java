package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.gate.Verdict;
import io.trace62304.jira.LinkBack.Report.Kind;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Release builds: a permanent link to their baseline on each item, and {@code Fixed In Build} set once, by the
 * first passing release build that verifies the fix, never by a later or failing build (IEC 62304 9.7, 8.2.4; M26),
 * and without {@code notifyUsers=false} unless the user may send it.
 */
class LinkBackReleaseTest {
    @TempDir
    Path dir;

    private EmulatedSites site;
    private final List<String> notes = new ArrayList<>();

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSetFixedInBuildForAPlainUserAndSayThatWatchersAreTold(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        site.emulator.plainUser();

        LinkBack.Report report = linkBack(client, gate(client, Verdict.PASS), LinkBackTest.build(50, true));

        assertThat(report.isComplete()).as(report.failures().toString()).isTrue();
        assertThat(fixedIn()).isEqualTo("pump #50");
        assertThat(site.emulator.issue("MED-4").notifications()).isEqualTo(1);
        assertThat(notes)
                .singleElement()
                .asString()
                .contains("Fixed In Build edits in MED notify watchers")
                .contains("neither Administer Projects nor Administer Jira");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldSetFixedInBuildQuietlyWhenTheUserMayAndOnlyOnce(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);

        linkBack(client, gate(client, Verdict.PASS), LinkBackTest.build(50, true));
        ReleaseOutcome later = gate(client, Verdict.PASS);
        site.emulator.resetCounts();
        LinkBack.Report report = linkBack(client, later, LinkBackTest.build(51, true));

        assertThat(fixedIn()).as("set by the first passing release build, kept").isEqualTo("pump #50");
        assertThat(site.emulator.issue("MED-4").notifications()).isZero();
        assertThat(report.writes()).doesNotContainKey(Kind.FIXED_IN_BUILD);
        assertThat(report.writes().get(Kind.RELEASE_LINK)).containsEntry(WriteOutcome.CREATED, 3);
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .extracting(link -> link.path("object").path("title").asText())
                .containsExactlyInAnyOrder(
                        "MED-2 verified, no blocking findings · pump #50",
                        "Released in pump #50 · MED-2 verified",
                        "Released in pump #51 · MED-2 verified");
        assertThat(site.emulator.issue("MED-2").remoteLinks().values())
                .filteredOn(link -> link.path("relationship").asText().equals("released in"))
                .allSatisfy(
                        link -> assertThat(link.path("object").path("summary").asText())
                                .contains("configuration baseline sha256:")
                                .contains("release gate PASS"));
        site.emulator.resetCounts();
        assertThat(linkBack(client, later, LinkBackTest.build(51, true)).writeCount())
                .isZero();
        assertThat(site.emulator.writes()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNotSetFixedInBuildFromABuildThatIsNotAPassingRelease(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);

        linkBack(client, gate(client, Verdict.PASS), LinkBackTest.build(50, false));
        assertThat(site.emulator.issue("MED-4").field(EmulatedSites.field("Fixed In Build")))
                .as("not a release build")
                .isNull();
        site.emulator
                .issue("MED-6", "Software Problem Report", "Deferred", false)
                .field(EmulatedSites.field("Risk Evaluation"), "no hazard");
        site.emulator.link("Implements", "MED-6", "MED-1");
        LinkBack.Report failed = linkBack(client, gate(client, Verdict.FAIL), LinkBackTest.build(51, true));

        assertThat(site.emulator.issue("MED-4").field(EmulatedSites.field("Fixed In Build")))
                .as("a release build that failed its gate")
                .isNull();
        assertThat(failed.writes()).doesNotContainKeys(Kind.FIXED_IN_BUILD, Kind.RELEASE_LINK);
        assertThat(site.emulator.issue("MED-2").remoteLinks()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNeverOverwriteAFixedInBuildSomeoneElseSet(final Flavour flavour) throws Exception {
        JiraClient client = start(flavour);
        ReleaseOutcome outcome = gate(client, Verdict.PASS);
        site.emulator.issue("MED-4").field(EmulatedSites.field("Fixed In Build"), "pump #49 (hotfix)");

        LinkBack.Report report = linkBack(client, outcome, LinkBackTest.build(50, true));

        assertThat(report.isComplete()).isTrue();
        assertThat(fixedIn()).isEqualTo("pump #49 (hotfix)");
        assertThat(report.writes().get(Kind.FIXED_IN_BUILD)).containsEntry(WriteOutcome.UNCHANGED, 1);
    }

    private String fixedIn() {
        return site.emulator
                .issue("MED-4")
                .field(EmulatedSites.field("Fixed In Build"))
                .asText();
    }

    private LinkBack.Report linkBack(
            final JiraClient client, final ReleaseOutcome outcome, final LinkBack.Build build) {
        return new LinkBack(client, notes::add).run(outcome.baseline(), outcome.gate(), build);
    }

    private JiraClient start(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.emulator
                .issue("MED-1", "Software Item", "Approved", true)
                .option(EmulatedSites.field("Safety Class"), "A");
        site.emulator.issue("MED-2", "Software Requirement", "Approved", false);
        site.emulator
                .issue("MED-4", "Software Problem Report", "Closed", true)
                .field(EmulatedSites.field("Root Cause"), "overflow")
                .field(EmulatedSites.field("Risk Evaluation"), "no hazardous situation");
        site.emulator.link("Implements", "MED-2", "MED-1");
        site.emulator.link("Implements", "MED-4", "MED-1");
        Files.writeString(dir.resolve("TEST-pump.xml"), """
                <testsuite name="pump">
                  <testcase classname="com.example.PumpTest" name="MED-2 limits the rate"/>
                  <testcase classname="com.example.PumpTest" name="MED-4 regression"/>
                </testsuite>
                """);
        return site.client();
    }

    private ReleaseOutcome gate(final JiraClient client, final Verdict expected) throws Exception {
        ReleaseOutcome outcome = site.gate(dir, Map.of(ReportFormat.JUNIT, List.of("TEST-*.xml")));
        assertThat(outcome.gate().verdict())
                .as(outcome.gate().findings().toString())
                .isEqualTo(expected);
        return outcome;
    }
}
