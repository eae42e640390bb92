package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineDiff;
import io.trace62304.gate.Verdict;
import io.trace62304.release.ReleaseOutcome;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Jira renders date-times in the reading user's time zone; the baseline keeps instants in UTC, so the same items
 * read by a user in Berlin and a user in New York give one baseline (IEC 62304 5.8.4, 8.1.3) and no diff.
 */
class UserTimeZoneTest {
    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldGiveOneBaselineForOneInstantReadInTwoTimeZones(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.seed(30);

        site.emulator.userTimeZone(ZoneId.of("Europe/Berlin"));
        ReleaseOutcome berlin = gate();
        site.emulator.userTimeZone(ZoneId.of("America/New_York"));
        ReleaseOutcome newYork = gate();

        assertThat(berlin.baseline().baseline().items().get(0).updated()).isEqualTo("2026-11-01T10:00:00.000Z");
        assertThat(newYork.baseline().digest()).isEqualTo(berlin.baseline().digest());
        assertThat(BaselineDiff.between(
                        berlin.baseline().baseline(), newYork.baseline().baseline()))
                .isEmpty();
        assertThat(site.client().myself().path("timeZone").asText()).isEqualTo("America/New_York");
    }

    private ReleaseOutcome gate() throws Exception {
        ReleaseOutcome outcome = site.gate(dir, Map.of());
        assertThat(outcome.gate().verdict()).isNotEqualTo(Verdict.ERROR);
        return outcome;
    }
}
