package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.release.ReleaseOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The request budget of a link-back re-run: at most ⌈N/100⌉ + c reads and no write when nothing changed. */
class LinkBackBudgetTest {
    private static final int N = 250;

    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReadLittleAndWriteNothingWhenNothingChanged(final Flavour flavour) throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.seed(N);
        JiraClient client = site.client();
        ReleaseOutcome outcome = site.gate(dir, Map.of());
        LinkBack.Report first =
                new LinkBack(client, m -> {}).run(outcome.baseline(), outcome.gate(), LinkBackTest.build(1, false));
        assertThat(first.isComplete()).as(first.failures().toString()).isTrue();

        site.emulator.resetCounts();
        new LinkBack(client, m -> {}).run(outcome.baseline(), outcome.gate(), LinkBackTest.build(1, false));
        assertThat(site.emulator.writes()).isZero();
        assertThat(total()).as("the run record").isEqualTo(1).isLessThanOrEqualTo((N + 99) / 100 + 1);

        // without the run record (e.g. after an incomplete run) what the job wrote is read back, in bulk on Cloud
        site.emulator
                .issue("MED-1")
                .property(LinkIds.runRecord(LinkBackTest.build(1, false).job()), null);
        site.emulator.resetCounts();
        new LinkBack(client, m -> {}).run(outcome.baseline(), outcome.gate(), LinkBackTest.build(1, false));
        assertThat(site.emulator.writes()).as("the run record again").isEqualTo(1);
        assertThat(total() - 1).isEqualTo(flavour == Flavour.CLOUD ? 1 + (N + 99) / 100 : 1 + N);
    }

    private int total() {
        return site.emulator.counts().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }
}
